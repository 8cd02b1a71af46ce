/**
 * The fixed sections of a code page, in page order; a section with `onlyWhere` is left out of
 * pages it does not apply to. Their ids are part of the public link
 * contract (see README "Linking to these pages"): never rename one.
 */
export const codeSections = [
  { id: 'meaning', heading: 'What it means' },
  { id: 'when', heading: 'When servers send it' },
  { id: 'client', heading: 'How a client should react' },
  { id: 'server', heading: 'How a server should use it' },
  { id: 'example', heading: 'Example' },
  { id: 'notes', heading: 'Notes' },
  { id: 'clients', heading: 'What clients do on their own', onlyWhere: 'some client acts on the code by itself' },
  { id: 'constants', heading: 'Names in code' },
  { id: 'grpc', heading: 'gRPC mapping', onlyWhere: 'a gRPC table names the code' },
  { id: 'related', heading: 'Related codes' },
] as const satisfies readonly { id: string; heading: string; onlyWhere?: string }[];

/** Sections every code page has, and sections only some have, with the condition. */
export const everyPageSections = codeSections.filter((section) => !('onlyWhere' in section));
export const somePageSections = codeSections.filter((section): section is Extract<(typeof codeSections)[number], { onlyWhere: string }> => 'onlyWhere' in section);

export type CodeSectionId = (typeof codeSections)[number]['id'];

/** Sections rendered from data: the content/registry/ tables and the `related` frontmatter field. */
const dataSectionIds: readonly CodeSectionId[] = ['clients', 'constants', 'grpc', 'related'];

/** Sections written in the MDX body. */
export const bodySectionIds = codeSections.map((section) => section.id).filter((id) => !dataSectionIds.includes(id));

export function sectionHeading(id: CodeSectionId): string {
  const section = codeSections.find((candidate) => candidate.id === id);
  if (!section) throw new Error(`unknown section id "${id}"; expected one of ${codeSections.map((s) => s.id).join(', ')}`);
  return section.heading;
}
