/**
 * The fixed sections of a code page, in page order. Their ids are part of the public link
 * contract (see README "Linking to these pages"): never rename one.
 */
export const codeSections = [
  { id: 'meaning', heading: 'What it means' },
  { id: 'when', heading: 'When servers send it' },
  { id: 'client', heading: 'How a client should react' },
  { id: 'server', heading: 'How a server should use it' },
  { id: 'example', heading: 'Example' },
  { id: 'notes', heading: 'Notes' },
  { id: 'related', heading: 'Related codes' },
] as const;

export type CodeSectionId = (typeof codeSections)[number]['id'];

/** Sections written in the MDX body; `related` is rendered from frontmatter. */
export const bodySectionIds = codeSections.map((section) => section.id).filter((id) => id !== 'related');

export function sectionHeading(id: CodeSectionId): string {
  const section = codeSections.find((candidate) => candidate.id === id);
  if (!section) throw new Error(`unknown section id "${id}"; expected one of ${codeSections.map((s) => s.id).join(', ')}`);
  return section.heading;
}
