// The search benchmark's static server (scripts/bench-search.mjs): serves the
// build from a loopback port, gzip-compressing as a host would, and logs the
// bytes of every body it sends. With `overlay`, /pagefind/ comes from that
// folder instead (the synthetic index behind the real search page).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};
// Pagefind gzips its wasm and index files itself; sending them compressed again would gain nothing.
const COMPRESS = /\.(html|js|css|json|svg)$/;

export function serve(dist, overlay) {
  const log = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const base = overlay && rel.startsWith('/pagefind/') ? overlay : dist;
    const file = path.join(base, overlay && base === overlay ? rel.slice('/pagefind'.length) : rel);
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    let body = readFileSync(file);
    const headers = { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
    if (COMPRESS.test(file) && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body, { level: 9 });
      headers['Content-Encoding'] = 'gzip';
    }
    log.push({ path: url.pathname, bytes: body.length });
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, log, origin: `http://127.0.0.1:${server.address().port}` })),
  );
}
