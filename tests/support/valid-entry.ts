/** The smallest frontmatter the code schema accepts, for tests that change one field of it. */
export const validEntry = {
  code: 404,
  title: 'Not Found',
  summary: 'Nothing is at this URL.',
  status: 'standard',
  spec: [{ document: 'RFC 9110', section: '15.5.5', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5' }],
  cacheable: true,
  bodyAllowed: true,
};
