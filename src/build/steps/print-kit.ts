/**
 * The print kit, drawn after the build from the manifest of ../print-manifest-route.ts:
 *
 * - `posters`: every destination's poster, /poster/<slug>-a4.svg|pdf and -a5.svg|pdf (../print/poster.ts);
 * - `product-labels`: every product's "Produk Toba" label and A4 sheet of twelve, the brand kit's
 *   /merek-kit/label/<slug>.svg and <slug>-a4.svg (../product-label.ts);
 * - `social-templates`: every destination's and event's square and story image,
 *   /social/<collection>/<slug>-square.jpg and -story.jpg (../print/social.ts);
 * - `print-manifest-cleanup`: deletes the manifest once they have all read it, so it never ships.
 *
 * Each file is drawn once per content and kept in the share-image cache folder (SHARE_CACHE_DIR/print),
 * so a rebuild copies it. None is precached by the service worker (src/lib/pwa/precache.ts lists what is).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { placeCached } from '../cache-files';
import { SHARE_CACHE_DIR } from '../share-image';
import { drawPoster } from '../print/poster';
import { labelSheetSvg, labelSvg } from '../product-label';
import { socialJpeg } from '../print/social';
import { t } from '../../lib/i18n';
import { posterUrl, socialUrl, type SocialFormat } from '../../lib/routes';
import { labelFiles, labelUrl, productLabel } from '../../lib/brand/label';
import { site as siteConfig } from '../../config/site';
import type { PrintEntry, PrintManifest } from '../../content/views/print-kit';
import type { BuiltSite } from '../built-site';
import type { PostBuildStep } from './step';

/** Where the manifest is written, relative to dist/. */
export const PRINT_MANIFEST = 'print/manifest.json';
/** Bump when a drawing's look changes, so cached files are redrawn. */
const PRINT_VERSION = '1';
const PARALLEL = 4;

const manifests = new Map<string, PrintManifest>();
const readManifest = (site: BuiltSite): PrintManifest => {
  let m = manifests.get(site.dir);
  if (!m) manifests.set(site.dir, (m = JSON.parse(readFileSync(path.join(site.dir, PRINT_MANIFEST), 'utf8')) as PrintManifest));
  return m;
};

/** The files `draw` makes for `input`, from the cache when drawn before; placed under dist/ at `targets`. */
async function cached(site: BuiltSite, input: unknown, targets: string[], draw: () => Promise<(string | Uint8Array)[]>) {
  const dir = path.join(SHARE_CACHE_DIR, 'print');
  const key = createHash('sha256').update(JSON.stringify({ PRINT_VERSION, input })).digest('hex').slice(0, 24);
  const files = targets.map((_, i) => path.join(dir, `${key}-${i}${path.extname(targets[i]!)}`));
  if (!files.every((f) => existsSync(f))) {
    const bytes = await draw();
    mkdirSync(dir, { recursive: true });
    files.forEach((f, i) => {
      // Written whole under another name first: a build running beside this one never links half a file.
      writeFileSync(`${f}.${process.pid}.tmp`, bytes[i]!);
      renameSync(`${f}.${process.pid}.tmp`, f);
    });
  }
  // Targets are site URLs (with the base path): placed below dist/ without it.
  targets.forEach((target, i) => placeCached(files[i]!, path.join(site.dir, decodeURIComponent(target.slice(site.base.length)))));
}

async function inParallel<T>(items: readonly T[], run: (item: T) => Promise<void>) {
  const queue = [...items];
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) await run(next);
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}

const bilingual = (x: { id: string; en: string }) => (x.id === x.en ? x.id : `${x.id} / ${x.en}`);

async function drawPosterFiles(site: BuiltSite, e: PrintEntry) {
  const spec = {
    slug: e.slug,
    place: e.place,
    name: e.name.id,
    label: bilingual(e.label),
    lineId: e.summary.id,
    lineEn: e.summary.en,
    scan: `${t('id', 'print.scan')} · ${t('en', 'print.scan')}`,
    urlId: e.url.id,
    urlEn: e.url.en,
    tagline: t('id', 'print.tagline'),
  };
  const base = site.base;
  const targets = [
    posterUrl(base, e.slug, 'a4', 'svg'),
    posterUrl(base, e.slug, 'a4', 'pdf'),
    posterUrl(base, e.slug, 'a5', 'svg'),
    posterUrl(base, e.slug, 'a5', 'pdf'),
  ];
  await cached(site, spec, targets, async () => {
    const f = await drawPoster(spec);
    return [f.svg.a4, f.pdf.a4, f.svg.a5, f.pdf.a5];
  });
}

export const postersStep: PostBuildStep = {
  name: 'posters',
  needs: ['print-manifest'],
  makes: ['poster/'],
  run: async ({ site, logger }) => {
    const { entries } = readManifest(site);
    const places = entries.filter((e) => e.collection === 'destinations');
    await inParallel(places, (e) => drawPosterFiles(site, e));
    logger.info(`${places.length} posters (A4, A5; SVG, PDF) written.`);
  },
};

/**
 * Labels were one prerendered endpoint per file, drawn by satori on every build: at 1,000 entries a
 * fifth of Astro's page generation (docs/benchmarks.md). Now each is drawn once per product name and
 * address, like the posters.
 */
export const productLabelsStep: PostBuildStep = {
  name: 'product-labels',
  needs: ['print-manifest'],
  makes: ['merek-kit/label/'],
  run: async ({ site, logger }) => {
    const products = readManifest(site).entries.filter((e) => e.collection === 'products');
    await inParallel(products, async (e) => {
      // The QR code holds the Indonesian page's address under SITE_URL and the base path.
      const label = productLabel({ slug: e.slug, name: e.name.id }, siteConfig.url, site.base);
      const files = labelFiles(e.slug);
      await cached(site, { label }, [labelUrl(site.base, files.label), labelUrl(site.base, files.sheet)], async () => [
        await labelSvg(label),
        await labelSheetSvg(label),
      ]);
    });
    logger.info(`${products.length} product labels (one, and an A4 sheet of twelve) written.`);
  },
};

const FORMATS: SocialFormat[] = ['square', 'story'];

export const socialTemplatesStep: PostBuildStep = {
  name: 'social-templates',
  needs: ['print-manifest'],
  makes: ['social/'],
  run: async ({ site, logger }) => {
    const { entries, host } = readManifest(site);
    const social = entries.flatMap((e) => (e.collection === 'products' ? [] : FORMATS.map((format) => ({ e, format }))));
    await inParallel(social, async ({ e, format }) => {
      const collection = e.collection as 'destinations' | 'events';
      const photo = e.photo && existsSync(e.photo) ? createHash('sha256').update(readFileSync(e.photo)).digest('hex') : undefined;
      await cached(site, { e, format, host, photo }, [socialUrl(site.base, collection, e.slug, format)], async () => [
        await socialJpeg(e, format, host),
      ]);
    });
    logger.info(`${social.length} social templates written.`);
  },
};

export const printManifestCleanupStep: PostBuildStep = {
  name: 'print-manifest-cleanup',
  needs: ['poster/', 'merek-kit/label/', 'social/'],
  makes: ['print-manifest-removed'],
  run: ({ site }) => {
    rmSync(path.join(site.dir, PRINT_MANIFEST));
    manifests.delete(site.dir);
  },
};
