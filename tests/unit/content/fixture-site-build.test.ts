/**
 * One real `astro build` of a fixture, shared by three sets of checks (a build
 * bundles the whole site, so each one saved is about 15 s of a test run):
 *
 * - Long lists: 7 destinations and 5 events, 3 to a page, 4 places per
 *   district on the map's list. The listings split into pages that link to
 *   each other, every entry is on exactly one page, and the district and map
 *   pages link on to the full lists. The real site's lists all fit on one
 *   page, so only a build like this one shows the pages after the first.
 * - A raster photo: it comes out as a responsive AVIF/WebP srcset with its
 *   alt text in both languages, and the share card is drawn over it.
 * - What must never be published (issue #16): the photo carries a GPS
 *   position in its EXIF, a draft has a photo of its own, and the build runs
 *   with a secret in its environment. No image in the site has metadata, the
 *   original photo and the draft's photo are not there, no copy is wider than
 *   1280 px, and the secret is in no file.
 * - A third language (tests/unit/locales/third-locale-checks.ts): the build
 *   publishes Malay too (JELAJAH_LOCALES=id,en,ms) without a route file.
 *
 * Writes to a temp folder, never dist/.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DomUtils } from 'htmlparser2';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { edit, fixtureCopy } from '../helpers';
import { buildSite, filesContaining, filesIn, imagesWithMetadata, indexedUrls } from '../../support/fixture-site';
import { parseHtml, type Element } from '../../../src/build/built-files';
import { THIRD_LOCALE_ENV, thirdLocaleChecks } from '../locales/third-locale-checks';

const { findAll, findOne, getAttributeValue, textContent } = DomUtils;

/** Copies the fixture's `folder` entry `count - 1` times (slug and title numbered), so there are `count` of them. */
function multiply(root: string, collection: string, folder: string, count: number, titles: { id: string; en: string }) {
  for (let i = 2; i <= count; i++) {
    const dir = `${collection}/${folder}-${i}`;
    cpSync(path.join(root, collection, folder), path.join(root, dir), { recursive: true });
    edit(root, `${dir}/index.id.mdx`, `title: ${titles.id}`, `title: ${titles.id} ${i}`);
    edit(root, `${dir}/index.en.mdx`, `title: ${titles.en}`, `title: ${titles.en} ${i}`);
  }
}

/** What a phone writes into a photo: the camera, the owner and where it was taken. */
const GPS_EXIF = {
  IFD0: { Make: 'UjiKamera', Artist: 'Fotografer Uji' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '2/1 20/1 55/1', GPSLongitudeRef: 'E', GPSLongitude: '99/1 4/1 26/1' },
};
/** Published nowhere: the build runs with it in its environment. */
const SECRET = `jt-secret-${process.pid}-${Date.now()}`;

/** A real raster photo-like image on the fixture's first destination: a 1600×1000 gradient with noise, GPS in its EXIF. */
async function addPhoto(root: string) {
  const { width, height } = { width: 1600, height: 1000 };
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < width * height; i++) {
    pixels[i * 3] = (i % width) % 256;
    pixels[i * 3 + 1] = Math.floor(i / width) % 256;
    pixels[i * 3 + 2] = (i * 2654435761) % 97;
  }
  await sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg()
    .withExif(GPS_EXIF)
    .toFile(path.join(root, 'destinations/pantai-contoh/foto.jpg'));
  edit(
    root,
    'destinations/pantai-contoh/index.id.mdx',
    'aliases:',
    'photos:\n  - src: ./foto.jpg\n    alt: { id: Pasir dan air, en: Sand and water }\n    credit: Uji\n    license: CC BY 4.0\naliases:',
  );
}

/** A draft destination with a photo of its own (a flat 900×600 JPEG, also with GPS). */
async function addDraftWithPhoto(root: string) {
  const dir = 'destinations/pantai-draf';
  mkdirSync(path.join(root, dir));
  await sharp({ create: { width: 900, height: 600, channels: 3, background: '#3a7' } })
    .jpeg()
    .withExif(GPS_EXIF)
    .toFile(path.join(root, dir, 'rahasia.jpg'));
  const id = readFileSync(path.join(root, 'destinations/pantai-contoh/index.id.mdx'), 'utf8')
    .replace(/^title: .*$/m, 'title: Pantai Draf')
    .replace(/^photos:[\s\S]*?(?=^aliases:)/m, '')
    .replace(
      'aliases:',
      'draft: true\nphotos:\n  - src: ./rahasia.jpg\n    alt: { id: Draf, en: Draft }\n    credit: Uji\n    license: CC BY 4.0\naliases:',
    );
  writeFileSync(path.join(root, dir, 'index.id.mdx'), id);
}

let out: string;
let photoBytes: Buffer;
let draftBytes: Buffer;
const page = (url: string) => {
  const file = path.join(out, url, 'index.html');
  return { exists: existsSync(file), doc: existsSync(file) ? parseHtml(readFileSync(file, 'utf8')) : undefined };
};
const doc = (url: string) => {
  const p = page(url);
  if (!p.doc) throw new Error(`${url} was not built`);
  return p.doc;
};
const byAttr = (root: ReturnType<typeof parseHtml> | Element, test: (e: Element) => boolean) => findAll(test, root.children);
const cardLinks = (url: string) =>
  byAttr(doc(url), (e) => e.name === 'article' && getAttributeValue(e, 'class') === 'card').map((card) =>
    getAttributeValue(
      findOne((e) => e.name === 'a', card.children)!,
      'href',
    )!,
  );
/** The pagination bar's links as [text, href, aria-current]. */
const pager = (url: string) => {
  const nav = byAttr(doc(url), (e) => e.name === 'nav' && getAttributeValue(e, 'class') === 'pagination');
  if (nav.length !== 1) return undefined;
  return {
    label: getAttributeValue(nav[0]!, 'aria-label'),
    links: findAll((e) => e.name === 'a', nav[0]!.children).map((a) => [
      textContent(a).replace(/\s+/g, ' ').trim(),
      getAttributeValue(a, 'href'),
      getAttributeValue(a, 'aria-current'),
    ]),
  };
};
const head = (url: string, rel: string, hreflang?: string) =>
  byAttr(doc(url), (e) => e.name === 'link' && getAttributeValue(e, 'rel') === rel && getAttributeValue(e, 'hreflang') === hreflang).map(
    (l) => new URL(getAttributeValue(l, 'href')!).pathname,
  );
const title = (url: string) => textContent(findOne((e) => e.name === 'title', doc(url).children)!);

// One build for the whole file; it bundles the whole site, the CMS included: allow for a busy machine.
beforeAll(async () => {
  const root = fixtureCopy();
  multiply(root, 'destinations', 'pantai-contoh', 7, { id: 'Pantai Contoh', en: 'Example Beach' });
  multiply(root, 'events', 'acara-contoh', 5, { id: 'Acara Contoh', en: 'Example Event' });
  // The first destination alone gets a photo (its copies above keep the cover art).
  await addPhoto(root);
  await addDraftWithPhoto(root);
  photoBytes = readFileSync(path.join(root, 'destinations/pantai-contoh/foto.jpg'));
  draftBytes = readFileSync(path.join(root, 'destinations/pantai-draf/rahasia.jpg'));
  out = await buildSite(root, { JELAJAH_PAGE_SIZE: '3', JELAJAH_MAP_LIST_SIZE: '4', JT_TEST_SECRET: SECRET, ...THIRD_LOCALE_ENV });
}, 300_000);

describe('a listing longer than one page', () => {
  it('puts every destination on exactly one page of the index, in three pages', () => {
    const pages = ['destinasi/', 'destinasi/halaman/2/', 'destinasi/halaman/3/'].map(cardLinks);
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    const all = pages.flat();
    expect(new Set(all).size).toBe(7);
    expect(all).toContain('/destinasi/pantai-contoh/');
    expect(all).toContain('/destinasi/pantai-contoh-7/');
    // Page 1 has no second URL, and there is no page after the last.
    expect(page('destinasi/halaman/1/').exists).toBe(false);
    expect(page('destinasi/halaman/4/').exists).toBe(false);
  });

  it('links its pages with previous and next, the current page marked', () => {
    expect(pager('destinasi/')).toEqual({
      label: 'Halaman daftar',
      links: [
        ['1', '/destinasi/', 'page'],
        ['2', '/destinasi/halaman/2/', undefined],
        ['3', '/destinasi/halaman/3/', undefined],
        ['Berikutnya →', '/destinasi/halaman/2/', undefined],
      ],
    });
    expect(pager('en/destinations/page/3/')).toEqual({
      label: 'Pages of this list',
      links: [
        ['← Previous', '/en/destinations/page/2/', undefined],
        ['1', '/en/destinations/', undefined],
        ['2', '/en/destinations/page/2/', undefined],
        ['3', '/en/destinations/page/3/', 'page'],
      ],
    });
  });

  it('gives each page its own title and canonical URL, paired with the same page in the other language', () => {
    expect(title('destinasi/')).toBe('Destinasi · Jelajah Toba');
    expect(title('destinasi/halaman/2/')).toBe('Destinasi – halaman 2 · Jelajah Toba');
    expect(title('en/destinations/page/2/')).toBe('Destinations – page 2 · Jelajah Toba');
    expect(head('destinasi/halaman/2/', 'canonical')).toEqual(['/destinasi/halaman/2/']);
    expect(head('destinasi/halaman/2/', 'alternate', 'en')).toEqual(['/en/destinations/page/2/']);
    expect(head('en/destinations/page/2/', 'alternate', 'id')).toEqual(['/destinasi/halaman/2/']);
  });

  it('splits the filter pages and the events the same way', () => {
    expect(cardLinks('destinasi/kecamatan/balige/halaman/3/')).toHaveLength(1);
    expect(pager('destinasi/kecamatan/balige/halaman/3/')?.links[0]).toEqual([
      '← Sebelumnya',
      '/destinasi/kecamatan/balige/halaman/2/',
      undefined,
    ]);
    expect(title('en/destinations/category/beach/page/2/')).toBe('Destinations: Beach – page 2 · Jelajah Toba');
    expect([...cardLinks('acara/'), ...cardLinks('acara/halaman/2/')].sort()).toEqual(
      ['', '-2', '-3', '-4', '-5'].map((n) => `/acara/acara-contoh${n}/`).sort(),
    );
    expect(page('en/events/page/2/').exists).toBe(true);
    // The weekly fixture events are all upcoming: the second page shows no empty "past" section.
    const past = byAttr(doc('acara/halaman/2/'), (e) => getAttributeValue(e, 'data-section') === 'past');
    expect(getAttributeValue(past[0]!, 'hidden')).toBeDefined();
  });

  it('lists its later pages in the sitemap but never in search results', () => {
    const sitemap = readFileSync(path.join(out, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/destinasi/halaman/2/</loc>');
    expect(sitemap).toContain('/en/destinations/page/3/</loc>');
    const indexed = indexedUrls(out);
    expect(indexed.filter((u) => /\/(halaman|page)\/\d+\//.test(u))).toEqual([]);
    expect(indexed.filter((u) => u === '/destinasi/pantai-contoh-7/')).toHaveLength(1);
  });
});

describe('pages that preview a long list', () => {
  it('the district page shows one page of cards and links to the full list', () => {
    const cards = cardLinks('kecamatan/balige/').filter((h) => h.startsWith('/destinasi/'));
    expect(cards).toHaveLength(3);
    const seeAll = byAttr(
      doc('kecamatan/balige/'),
      (e) => e.name === 'a' && getAttributeValue(e, 'href') === '/destinasi/kecamatan/balige/',
    );
    expect(seeAll.map((a) => textContent(a).replace(/\s+/g, ' ').trim())).toEqual(['Lihat semua 7 destinasi di Balige →']);
  });

  it('the map page names a few places per district without JavaScript, then links to the district', () => {
    const list = byAttr(doc('en/map/'), (e) => getAttributeValue(e, 'id') === 'place-list')[0]!;
    const balige = findAll((e) => e.name === 'li' && findOne((h) => h.name === 'h3', e.children, false) !== null, list.children).find(
      (li) => textContent(li).includes('Balige'),
    )!;
    const places = findAll((e) => e.name === 'li', balige.children);
    expect(places).toHaveLength(4);
    const more = findAll((e) => e.name === 'a' && getAttributeValue(e, 'href') === '/en/districts/balige/', balige.children).map((a) =>
      textContent(a).trim(),
    );
    // 7 destinations, 5 events and 1 product in Balige, 4 of them listed; the district's own heading links there too.
    expect(more).toEqual(['Balige', 'and 9 more in Balige']);
  });
});

describe('a raster photo', () => {
  it('comes out as a responsive AVIF/WebP srcset, and the share card is drawn over it', async () => {
    const html = readFileSync(path.join(out, 'destinasi/pantai-contoh/index.html'), 'utf8');
    const avif =
      /<source[^>]*type="image\/avif"[^>]*srcset="([^"]+)"/.exec(html) ?? /<source[^>]*srcset="([^"]+)"[^>]*type="image\/avif"/.exec(html);
    const webp =
      /<source[^>]*type="image\/webp"[^>]*srcset="([^"]+)"/.exec(html) ?? /<source[^>]*srcset="([^"]+)"[^>]*type="image\/webp"/.exec(html);
    expect(avif?.[1], 'no AVIF <source>').toBeDefined();
    expect(webp?.[1], 'no WebP <source>').toBeDefined();
    for (const w of [320, 640, 960, 1280]) expect(avif![1]).toMatch(new RegExp(`\\.avif ${w}w`));
    expect(html).toMatch(/alt="Pasir dan air"/);
    const en = readFileSync(path.join(out, 'en/destinations/pantai-contoh/index.html'), 'utf8');
    expect(en).toMatch(/alt="Sand and water"/);
    // Its share card is drawn over the photo (its gradient is dark at the top right), not beside the
    // locator (light land at the top right), as a copy without the photo is.
    const card = sharp(path.join(out, 'share/id/destinations/pantai-contoh.png'));
    expect(await card.metadata()).toMatchObject({ width: 1200, height: 630, format: 'png' });
    const pixel = async (file: string, left: number, top: number) =>
      (await sharp(path.join(out, file)).extract({ left, top, width: 1, height: 1 }).raw().toBuffer())[0]!;
    expect(await pixel('share/id/destinations/pantai-contoh.png', 1199, 0)).toBeLessThan(150);
    expect(await pixel('share/id/destinations/pantai-contoh-2.png', 1199, 0)).toBeGreaterThan(200);
    expect(await pixel('share/id/destinations/pantai-contoh-2.png', 0, 0)).toBeLessThan(40);
    // A copy without the photo keeps its cover art.
    expect(readFileSync(path.join(out, 'destinasi/pantai-contoh-2/index.html'), 'utf8')).not.toMatch(/alt="Pasir dan air"/);
  });
});

describe('what is never published', () => {
  it('no image carries EXIF, XMP or IPTC metadata', async () => {
    expect(await imagesWithMetadata(out)).toEqual([]);
  });

  it('neither the original photo nor any image of a draft is copied into the site', () => {
    const files = filesIn(out);
    const same = (bytes: Buffer) => files.filter((f) => readFileSync(path.join(out, f)).equals(bytes));
    expect(same(photoBytes)).toEqual([]);
    expect(same(draftBytes)).toEqual([]);
    expect(files.filter((f) => /rahasia|pantai-draf/.test(f))).toEqual([]);
  });

  it('publishes the photo at most 1280 px wide: the <img> fallback and the open data copy too', async () => {
    const html = readFileSync(path.join(out, 'destinasi/pantai-contoh/index.html'), 'utf8');
    const img = /<img[^>]*src="([^"]+)"[^>]*width="(\d+)"/.exec(html);
    expect(Number(img?.[2])).toBeLessThanOrEqual(1280);
    const data = JSON.parse(readFileSync(path.join(out, 'data/destinations.json'), 'utf8')) as { items: { id: string; image: string }[] };
    const image = data.items.find((i) => i.id === 'pantai-contoh')!.image;
    for (const src of [img![1]!, new URL(image).pathname]) {
      const meta = await sharp(path.join(out, src)).metadata();
      expect(meta.width, src).toBeLessThanOrEqual(1280);
    }
    // The page names who made the photo and its licence.
    expect(html).toMatch(/Foto: Uji · Lisensi: CC BY 4\.0/);
  });

  it("no value of the build's environment reaches the site", () => {
    expect(filesContaining(out, SECRET)).toEqual([]);
    // And the machine's own: its PATH is long and unlike anything a page would say.
    if (process.env.PATH) expect(filesContaining(out, process.env.PATH)).toEqual([]);
  });
});

thirdLocaleChecks(() => out);
