// A minimal static host for the end-to-end tests, behaving like the hosts the site deploys to:
// a directory answers with its index.html, a directory path without its slash is redirected
// to it, and anything missing gets 404.html with status 404.
// Usage: node tests/support/static-server.mjs <dir> <port> [base]
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const [dir = 'dist', port = '4322', base = '/'] = process.argv.slice(2);

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

async function fileAt(path) {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

function send(response, status, path, size) {
  response.writeHead(status, { 'Content-Type': contentTypes[extname(path)] ?? 'application/octet-stream', 'Content-Length': size });
  createReadStream(path).pipe(response);
}

async function notFound(response) {
  const page = join(dir, '404.html');
  const info = await fileAt(page);
  if (info) send(response, 404, page, info.size);
  else response.writeHead(404).end('Not found');
}

createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const pathname = decodeURIComponent(url.pathname);
  if (!pathname.startsWith(base) && `${pathname}/` !== base) return notFound(response);
  const relative = normalize(pathname.slice(base.length - 1)).replace(/^(\.\.[/\\])+/, '');
  const path = join(dir, relative);
  const info = await fileAt(path);
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      response.writeHead(301, { Location: `${pathname}/${url.search}` }).end();
      return;
    }
    const index = join(path, 'index.html');
    const indexInfo = await fileAt(index);
    return indexInfo ? send(response, 200, index, indexInfo.size) : notFound(response);
  }
  if (info?.isFile()) return send(response, 200, path, info.size);
  return notFound(response);
}).listen(Number(port), '127.0.0.1', () => console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}`));
