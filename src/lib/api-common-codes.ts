/**
 * The 19 codes of the seed API's status table (content/registry/README.md): the ones APIs
 * return most, highlighted on the home page.
 */
export const apiCommonCodes: ReadonlySet<number> = new Set([
  200, 201, 202, 204, 206, 302, 303, 304, 400, 401, 403, 404, 405, 409, 414, 429, 500, 502, 503,
]);
