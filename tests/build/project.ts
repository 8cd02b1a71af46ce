/**
 * Builds of the real site from a copy of content/, for the build tests.
 *
 * Each build runs in its own temporary project folder (a copy of the project's files, with the
 * packages linked from node_modules/), not in this one: Astro keeps state in <root>/.astro/
 * (content-modules.mjs lists the content files to bundle) and Vite in <root>/node_modules/.vite/,
 * so two builds of different content folders in one root can mix their content, and would
 * disturb a build someone runs here at the same time.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const astroBin = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** Top-level entries not needed to build: outputs, tests, and the folders set up separately. */
const notCopied = (name: string) =>
  name.startsWith('.') || name.startsWith('dist') || ['node_modules', 'content', 'tests', 'test-results', 'playwright-report'].includes(name);

/** Package folders that hold a tool's state rather than a package. */
const stateFolders = new Set(['.vite', '.astro', '.cache']);

export interface Project {
  root: string;
  content: string;
}

export function makeProject(): Project {
  const root = mkdtempSync(join(tmpdir(), 'site-build-'));
  for (const name of readdirSync(projectRoot)) {
    if (!notCopied(name)) cpSync(join(projectRoot, name), join(root, name), { recursive: true });
  }
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(projectRoot, 'node_modules'))) {
    if (!stateFolders.has(name)) symlinkSync(join(projectRoot, 'node_modules', name), join(root, 'node_modules', name));
  }
  const content = join(root, 'content');
  cpSync(join(projectRoot, 'content'), content, { recursive: true });
  return { root, content };
}

export interface BuildResult {
  exitCode: number | null;
  /** stdout and stderr together, without colours. */
  output: string;
}

export function build(project: Project): Promise<BuildResult> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CONTENT_DIR: project.content,
    OUT_DIR: join(project.root, 'dist'),
    CACHE_DIR: join(project.root, 'cache'),
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  // The defaults: served at "/", no site URL.
  for (const name of ['BASE_PATH', 'SITE_URL']) delete env[name];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astroBin, 'build'], { cwd: project.root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, output: stripVTControlCharacters(output) }));
  });
}

/** Deletes a project made by makeProject, unless KEEP_BUILD_PROJECTS=1 asks to keep it for a look. */
export function removeProject(project: Project): void {
  if (!process.env['KEEP_BUILD_PROJECTS']) rmSync(project.root, { recursive: true, force: true });
}
