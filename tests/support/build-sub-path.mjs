// Builds the site under the sub-path the end-to-end tests expect (npm run build:sub-path).
import { execFileSync } from 'node:child_process';
import { subPathEnv } from './sub-path.mjs';

execFileSync('astro', ['build'], { stdio: 'inherit', env: { ...process.env, ...subPathEnv } });
