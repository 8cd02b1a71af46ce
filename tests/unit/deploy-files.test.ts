// The deployment files: the GitHub Pages workflow, netlify.toml, public/_headers and the nginx
// config (checked with `nginx -t` and by serving a small site with it, when nginx is installed).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { findNginx, nginxTemplate, writeNginxConfig } from '../support/nginx-server.mjs';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

type Step = { name?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, unknown>; id?: string };
type Job = { needs?: string | string[]; environment?: { name?: string }; steps: Step[] };

describe('the GitHub Pages workflow', () => {
  const workflow = parseYaml(read('.github/workflows/deploy.yml')) as {
    on: { push?: { branches?: string[] }; workflow_dispatch?: unknown };
    permissions: Record<string, string>;
    jobs: Record<string, Job>;
  };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

  it('runs on pushes to main and by hand', () => {
    expect(workflow.on.push?.branches).toContain('main');
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  it('may deploy to Pages and nothing more', () => {
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });

  it('builds with SITE_URL and BASE_PATH, and requires SITE_URL', () => {
    const build = steps.find((step) => step.run?.includes('npm run build'));
    expect(build?.env?.['SITE_URL']).toMatch(/\$\{\{.+\}\}|^https:\/\//);
    expect(build?.env?.['BASE_PATH']).toMatch(/\/$/);
    expect(String(build?.env?.['REQUIRE_SITE_URL'])).toBe('1');
    const install = steps.findIndex((step) => step.run === 'npm ci');
    expect(install).toBeGreaterThanOrEqual(0);
    expect(install).toBeLessThan(steps.indexOf(build!));
  });

  it('uploads dist/ and deploys it from a second job', () => {
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.['path']).toBe('dist');
    const [, deploy] = Object.entries(workflow.jobs).find(([, job]) => job.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@')))!;
    expect([deploy.needs].flat()).toContain('build');
    expect(deploy.environment?.name).toBe('github-pages');
  });
});

describe('netlify.toml', () => {
  const netlify = parseToml(read('netlify.toml')) as { build: { command: string; publish: string; environment: Record<string, string> } };

  it('builds into dist/ with SITE_URL, which it requires', () => {
    expect(netlify.build.command).toContain('npm run build');
    expect(netlify.build.command).toContain('SITE_URL=');
    expect(netlify.build.publish).toBe('dist');
    expect(netlify.build.environment['REQUIRE_SITE_URL']).toBe('1');
  });
});

/** public/_headers as { path: { header: value } }, failing on any line that is not the format. */
function parseHeadersFile(text: string) {
  const rules: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | undefined;
  text.split('\n').forEach((line, index) => {
    const where = `public/_headers line ${index + 1}: ${line}`;
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    if (/^\/\S*$/.test(line)) {
      current = rules[line] ??= {};
      return;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(\S.*)$/.exec(line);
    expect(header, where).not.toBeNull();
    expect(current, `${where} (a header before any path)`).toBeDefined();
    current![header![1]!] = header![2]!.trim();
  });
  return rules;
}

describe('public/_headers', () => {
  const rules = parseHeadersFile(read('public/_headers'));

  it('sets the security headers on every path', () => {
    expect(rules['/*']).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
    expect(rules['/*']?.['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });

  it('are the headers deploy/nginx.conf sends', () => {
    const conf = readFileSync(nginxTemplate, 'utf8');
    for (const [name, value] of Object.entries(rules['/*'] ?? {})) {
      expect(conf, name).toContain(`add_header ${name} "${value}" always;`);
    }
  });
});

describe('deploy/nginx.conf', () => {
  const conf = readFileSync(nginxTemplate, 'utf8');

  it('is a template with the documented placeholders', () => {
    for (const placeholder of ['__PORT__', '__ROOT__', '__BASE__']) expect(conf).toContain(placeholder);
    expect(conf).toContain('absolute_redirect off;');
    expect(conf).toMatch(/application\/wasm\s+wasm;/);
  });
});

const nginx = findNginx();

/** A free loopback port (a small race, fine for tests). */
function freePort() {
  return new Promise<number>((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A tiny built site: one of each kind of file that the config treats differently. */
function writeSite(root: string) {
  const page = (title: string) => `<!doctype html><html lang="en"><title>${title}</title><h1>${title}</h1>${'<p>padding</p>'.repeat(40)}</html>`;
  const files: Record<string, string> = {
    'index.html': page('Home'),
    '404.html': page('Page not found'),
    'codes/404/index.html': page('404 Not Found'),
    'codes.json': '[]',
    '_astro/BaseLayout.Ab12Cd34.css': `body{color:red}${' '.repeat(400)}`,
    'pagefind/pagefind.js': 'export {}',
    'pagefind/pagefind-entry.json': '{}',
    'pagefind/pagefind.en_0123456789.pf_meta': 'x',
    'pagefind/fragment/en_0123456.pf_fragment': 'x',
    'pagefind/index/en_0123456.pf_index': 'x',
    'pagefind/wasm.en.pagefind': 'x',
    'module.wasm': 'x',
    '_headers': '/*\n  X-Test: 1\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

describe.skipIf(!nginx)('nginx with deploy/nginx.conf', () => {
  const work = mkdtempSync(join(tmpdir(), 'statuscodes-nginx-unit-'));
  const root = join(work, 'site');
  const servers: ChildProcess[] = [];
  const origins: Record<string, string> = {};
  writeSite(root);

  beforeAll(async () => {
    for (const base of ['/', '/docs/http/']) {
      const folder = join(work, base === '/' ? 'root' : 'sub-path');
      mkdirSync(folder);
      const port = await freePort();
      const { args } = writeNginxConfig({ root, port, base, work: folder });
      const server = spawn(nginx!, [...args, '-g', 'daemon off;'], { stdio: 'ignore' });
      servers.push(server);
      origins[base] = `http://127.0.0.1:${port}`;
      for (let tries = 0; ; tries++) {
        const ready = await fetch(origins[base]!).then(() => true, () => false);
        if (ready) break;
        if (tries > 50) throw new Error(`nginx did not answer on port ${port}`);
        await new Promise((wait) => setTimeout(wait, 100));
      }
    }
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((done) => {
      server.once('exit', done);
      server.kill('SIGTERM');
    })));
    rmSync(work, { recursive: true, force: true });
  });

  it('accepts the generated config (nginx -t) at the root and under a sub-path', () => {
    for (const base of ['/', '/docs/http/']) {
      const folder = mkdtempSync(join(work, 'check-'));
      const { args } = writeNginxConfig({ root, port: 8080, base, work: folder });
      const result = spawnSync(nginx!, [...args, '-t'], { encoding: 'utf8' });
      expect(result.status, `${base}: ${result.stderr}`).toBe(0);
    }
  });

  const get = (base: string, path: string) => fetch(`${origins[base]}${path}`, { redirect: 'manual' });

  it('serves pages uncached, with the security headers and compressed', async () => {
    const response = await get('/', '/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
  });

  it('redirects a folder without its slash, relatively, and serves its index.html', async () => {
    const redirect = await get('/', '/codes/404');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/codes/404/');
    const page = await get('/', '/codes/404/');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<h1>404 Not Found</h1>');
  });

  it('answers a missing path with 404.html and status 404', async () => {
    for (const path of ['/no-such-page/', '/_astro/', '/_headers']) {
      const response = await get('/', path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain('<h1>Page not found</h1>');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('caches hashed files for a year and the rest briefly', async () => {
    const cases: [path: string, type: string, cache: string][] = [
      ['/_astro/BaseLayout.Ab12Cd34.css', 'text/css; charset=utf-8', 'public, max-age=31536000, immutable'],
      ['/pagefind/fragment/en_0123456.pf_fragment', 'application/octet-stream', 'public, max-age=31536000, immutable'],
      ['/pagefind/index/en_0123456.pf_index', 'application/octet-stream', 'public, max-age=31536000, immutable'],
      ['/pagefind/pagefind.en_0123456789.pf_meta', 'application/octet-stream', 'public, max-age=31536000, immutable'],
      ['/pagefind/pagefind-entry.json', 'application/json', 'no-cache'],
      ['/pagefind/pagefind.js', 'text/javascript; charset=utf-8', 'public, max-age=300'],
      ['/pagefind/wasm.en.pagefind', 'application/octet-stream', 'public, max-age=300'],
      ['/module.wasm', 'application/wasm', 'public, max-age=300'],
      ['/codes.json', 'application/json', 'public, max-age=300'],
    ];
    for (const [path, type, cache] of cases) {
      const response = await get('/', path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(type);
      expect(response.headers.get('cache-control'), path).toBe(cache);
      expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
    }
  });

  it('serves the site under a base path and nothing outside it', async () => {
    const base = '/docs/http/';
    expect((await get(base, '/docs/http/')).status).toBe(200);
    expect((await get(base, '/docs/http')).headers.get('location')).toBe('/docs/http/');
    expect((await get(base, '/docs/http/codes/404')).headers.get('location')).toBe('/docs/http/codes/404/');
    expect((await get(base, '/docs/http/_astro/BaseLayout.Ab12Cd34.css')).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/codes/404/', '/docs/http/missing']) {
      const response = await get(base, path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain('<h1>Page not found</h1>');
    }
  });
});
