/**
 * A copy of the built site on its own little static server, for the offline
 * tests: they change files in the copy to play a new deploy, which must never
 * touch dist/ that every other test reads. No HTTP caching, so what a test
 * sees came from the service worker or from the server.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serveStatic } from '../../support/static-server';
import { DIST, BASE } from './built-site';

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
  const server = await serveStatic(dir, { base: BASE, noStore: true });
  return {
    url: server.url,
    dir,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
