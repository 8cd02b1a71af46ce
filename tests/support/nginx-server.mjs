// Serves a built site with nginx, configured by deploy/nginx.conf, for the end-to-end tests
// (E2E_SERVER=nginx). Everything nginx writes (config, pid file, logs, temp files) goes to a
// fresh temp folder; nginx runs in the foreground and is stopped on SIGTERM or SIGINT.
// Usage: node tests/support/nginx-server.mjs <dir> <port> [base]
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const nginxTemplate = fileURLToPath(new URL('../../deploy/nginx.conf', import.meta.url));

/** The nginx binary: NGINX_PATH, then PATH, then the usual sbin folders; undefined when none. */
export function findNginx() {
  const fromEnv = process.env['NGINX_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`NGINX_PATH=${fromEnv} does not exist; point it at an nginx binary or unset it`);
    return fromEnv;
  }
  const folders = [...(process.env['PATH'] ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin', '/usr/local/nginx/sbin'];
  return folders.filter(Boolean).map((folder) => join(folder, 'nginx')).find((path) => existsSync(path));
}

export const howToGetNginx = [
  'No nginx found for the end-to-end tests against nginx (E2E_SERVER=nginx). Any one of these works:',
  '  - Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y nginx',
  '  - set NGINX_PATH to the path of an nginx binary',
  '  - run the suite against the Node static server instead: npm run test:e2e',
].join('\n');

/** deploy/nginx.conf with its placeholders filled in. */
export function renderServerBlock({ root, listen, base }) {
  if (!/^\/([\w.-]+\/)*$/.test(base)) throw new Error(`base must be / or a plain path with both slashes, like /docs/http/; got ${base}`);
  return readFileSync(nginxTemplate, 'utf8')
    .replaceAll('__PORT__', String(listen))
    .replaceAll('__ROOT__', resolve(root).replace(/\/+$/, ''))
    .replaceAll('__BASE__', base);
}

/**
 * Writes a complete nginx configuration into the folder `work`: the server block from
 * deploy/nginx.conf inside an http block whose pid file, logs and temp folders are all in
 * `work`. Returns the paths and the arguments to start (or, with -t, test) nginx with.
 */
export function writeNginxConfig({ root, port, base, work }) {
  const path = (name) => join(work, name);
  writeFileSync(path('site.conf'), renderServerBlock({ root, listen: `127.0.0.1:${port}`, base }));
  const conf = [
    '# Written by tests/support/nginx-server.mjs for one test run.',
    // As root, workers would run as nobody, who may not be able to read a checkout under /root.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'worker_processes 1;',
    `pid "${path('nginx.pid')}";`,
    `error_log "${path('error.log')}" warn;`,
    'events { worker_connections 256; }',
    'http {',
    `    access_log "${path('access.log')}";`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((temp) => `    ${temp}_temp_path "${path(`${temp}_temp`)}";`),
    '    sendfile on;',
    `    include "${path('site.conf')}";`,
    '}',
    '',
  ].join('\n');
  writeFileSync(path('nginx.conf'), conf);
  return {
    conf: path('nginx.conf'),
    errorLog: path('error.log'),
    // -p and -e keep nginx away from its compiled-in prefix and log before it reads the config.
    args: ['-p', work, '-e', path('error.log'), '-c', path('nginx.conf')],
  };
}

function serve([dir = 'dist', port = '4322', base = '/']) {
  const nginx = findNginx();
  if (!nginx) {
    console.error(howToGetNginx);
    process.exit(1);
  }
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`${dir}/index.html not found: build the site first (npm run build, npm run build:sub-path).`);
    process.exit(1);
  }
  const work = mkdtempSync(join(tmpdir(), 'statuscodes-nginx-'));
  chmodSync(work, 0o755);
  const { args, errorLog } = writeNginxConfig({ root: dir, port, base, work });
  const child = spawn(nginx, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] });
  let stopping = false;
  const stop = () => {
    stopping = true;
    child.kill('SIGTERM'); // nginx's fast shutdown
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  child.on('error', (error) => {
    console.error(`Could not start ${nginx}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (stopping) {
      rmSync(work, { recursive: true, force: true });
      process.exit(0);
    }
    const log = existsSync(errorLog) && statSync(errorLog).size > 0 ? readFileSync(errorLog, 'utf8') : '(empty)';
    console.error(`nginx stopped unexpectedly (${signal ?? `exit code ${code}`}). Its error log, ${errorLog}:\n${log}`);
    process.exit(code || 1);
  });
  console.log(`Serving ${dir} with ${nginx} at http://127.0.0.1:${port}${base} (config and logs in ${work})`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) serve(process.argv.slice(2));
