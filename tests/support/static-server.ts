/**
 * A tiny static file server for a fixture build in a temp folder, on a free
 * port chosen by the OS (so it never collides with another test server).
 * Serves `dir/index.html` for `dir/`, with the MIME types Pagefind needs.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.yml': 'application/yaml',
  '.webmanifest': 'application/manifest+json',
  '.ics': 'text/calendar',
  '.xml': 'application/xml',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * `base`: the site's base path (BASE_PATH); requests outside it get a 404.
 * `noStore`: send `Cache-Control: no-store`, so every request reaches the
 * server (the offline tests must see what came from the service worker).
 */
export async function serveStatic(
  root: string,
  { base = '/', noStore = false }: { base?: string; noStore?: boolean } = {},
): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const full = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!full.startsWith(base)) return void res.writeHead(404).end();
    const pathname = `/${full.slice(base.length)}`;
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': TYPES['.html']!, ...(noStore ? { 'Cache-Control': 'no-store' } : {}) });
      return void createReadStream(path.join(root, '404.html')).pipe(res);
    }
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      ...(noStore ? { 'Cache-Control': 'no-store' } : {}),
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
