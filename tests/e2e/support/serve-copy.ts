/**
 * A copy of the built site on its own little static server, for the offline
 * tests: they change files in the copy to play a new deploy, which must never
 * touch dist/ that every other test reads. Serves `dir/index.html` for
 * `/dir/`, the 404 page for anything missing, with the content types a real
 * host sends (a service worker must come as JavaScript).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { DIST, BASE } from './built-site';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar',
  '.xml': 'application/xml',
};

export interface SiteCopy {
  /** http://127.0.0.1:PORT/base/ */
  url: string;
  /** The copy's folder (dist/ layout). */
  dir: string;
  close(): Promise<void>;
}

export async function serveCopy(): Promise<SiteCopy> {
  const dir = mkdtempSync(path.join(tmpdir(), 'jt-site-'));
  cpSync(DIST, dir, { recursive: true });
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let rel = decodeURIComponent(url.pathname);
    if (!rel.startsWith(BASE)) {
      res.writeHead(404).end();
      return;
    }
    rel = rel.slice(BASE.length);
    let file = path.join(dir, rel);
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const found = existsSync(file);
    const body = readFileSync(found ? file : path.join(dir, '404.html'));
    // No HTTP caching: every request reaches the server, so what a test sees came from the service worker or from here.
    res.writeHead(found ? 200 : 404, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${BASE}`,
    dir,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}
