/**
 * What the built site must never publish (issue #16), checked on dist/ for
 * whatever content it was built from: no image carrying EXIF, XMP or IPTC
 * metadata (a GPS position, a camera, a name), no original photo copied byte
 * for byte, and nothing of a draft's photos. No browser: dist/ is read.
 * The fixture build in tests/unit/content/fixture-site-build.test.ts holds the
 * same rules on a site that does have a photo with GPS and a draft with one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { test, expect } from '@playwright/test';
import { DIST } from './support/built-site';
import { filesIn, imagesWithMetadata } from '../support/fixture-site';
import { checkContent } from '../../src/content/validate';
import { isDraft } from '../../src/content/checked-entry';
import { site } from '../../src/config/site';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

test('no published image carries metadata', async () => {
  expect(await imagesWithMetadata(DIST)).toEqual([]);
});

test('no photo of the content is published as its original file, and nothing of a draft is', () => {
  const root = path.resolve(site.contentDir);
  const { entries } = checkContent(root, { includeDrafts: true });
  const photos = entries.flatMap((e) =>
    (e.data && 'photos' in e.data ? e.data.photos : []).map((p) => ({
      file: path.resolve(path.dirname(path.resolve(e.file)), p.src),
      draft: isDraft(e),
    })),
  );
  const originals = new Set(photos.map((p) => sha(p.file)));
  const published = filesIn(DIST);
  expect(published.filter((f) => originals.has(sha(path.join(DIST, f))))).toEqual([]);
  // Astro names every copy after its source file: `_astro/<name>.<hash>[_<variant>].<ext>`.
  // (A name a published photo also has cannot tell them apart; the byte check above still holds for it.)
  const publishedNames = new Set(photos.filter((p) => !p.draft).map((p) => path.parse(p.file).name));
  const draftNames = photos.filter((p) => p.draft && !publishedNames.has(path.parse(p.file).name)).map((p) => path.parse(p.file).name);
  expect(published.filter((f) => draftNames.some((n) => path.basename(f).startsWith(`${n}.`)))).toEqual([]);
});
