// The sub-path build the end-to-end tests check: the whole site served under a base path.
export const subPath = '/docs/http/';
export const subPathOutDir = './dist-subpath';
export const subPathEnv = { BASE_PATH: subPath, OUT_DIR: subPathOutDir };
