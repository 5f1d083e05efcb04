/**
 * `npm run dev` never hides a content mistake: the entry at fault shows the
 * checker's report, other pages show it at their top, and a missing photo is
 * pointed at a placeholder instead of breaking every page.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { devContentErrors, errorBanner, errorPage, pagesOfFile } from '../../../src/content/dev-errors';
import { missingPhotoPlugin } from '../../../src/build/dev-preview';
import { edit, fixtureCopy } from '../helpers';

describe('the dev preview', () => {
  it('reports the same errors as the checker, and checks again after a change', () => {
    const root = fixtureCopy();
    expect(devContentErrors(root).errors).toEqual([]);
    edit(root, 'events/acara-contoh/index.id.mdx', 'start: 2026-01-02', 'start: 2026-13-02');
    const { errors } = devContentErrors(root);
    expect(errors.map((e) => e.code)).toEqual(['impossible-date']);
    const page = errorPage(errors, errors.length, 'x', '/__jelajah/content-status');
    expect(page).toContain('Mulai: tanggal "2026-13-02" tidak ada di kalender.');
    expect(errorBanner(errors)).toContain('role="alert"');
  });

  it('knows the pages of an entry file, in both languages', () => {
    expect(pagesOfFile('content/events/acara-contoh/index.id.mdx', '/')).toEqual(['/acara/acara-contoh/', '/en/events/acara-contoh/']);
    expect(pagesOfFile('content/pages/about/index.id.mdx', '/')).toEqual([]);
  });

  it('points a missing photo at the placeholder, and leaves existing ones and the lookup keys alone', () => {
    const root = fixtureCopy();
    const rel = path.relative(process.cwd(), path.join(root, 'destinations/pantai-contoh/index.id.mdx'));
    const importer = encodeURIComponent(rel);
    const code = [
      `import a from "./hilang.jpg?astroContentImageFlag=&importer=${importer}";`,
      `import b from "./index.id.mdx?astroContentImageFlag=&importer=${importer}";`,
      `export default new Map([["./hilang.jpg?astroContentImageFlag=&importer=${importer}", a]]);`,
    ].join('\n');
    const plugin = missingPhotoPlugin(new URL(`file://${process.cwd()}/`));
    const out = (plugin.transform as (c: string, id: string) => string)(code, '/x/.astro/content-assets.mjs');
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/from ".*missing-photo\.png\?astroContentImageFlag=/);
    expect(lines[1]).toBe(code.split('\n')[1]);
    expect(lines[2]).toBe(code.split('\n')[2]);
  });
});
