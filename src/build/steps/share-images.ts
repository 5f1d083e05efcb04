/**
 * Writes the share images (1200×630 PNG, /share/<lang>/<card>.png) the built
 * pages point at with og:image, each drawn once, from the card manifest the
 * build wrote (../share-manifest-route.ts) and through the share-image cache
 * (src/build/share-image.ts). A page pointing at a card the manifest lacks
 * fails the build, naming the page.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { placeCached } from '../cache-files';
import { cachedShareFile } from '../share-image';
import type { ShareCard } from '../../content/views/share-cards';
import { site as siteConfig } from '../../config/site';
import { ogImage, publicPages, type BuiltSite } from '../built-site';
import type { PostBuildStep } from './step';

/** Where the manifest is written, relative to dist/. */
export const SHARE_MANIFEST = 'share/cards.json';

/** Cards drawn at once: satori lays one out on the main thread while resvg rasterises others in libuv's pool. */
const PARALLEL = 8;

/**
 * The cards the pages need, as paths under dist/ (share/en/events/x.png) with their card, or the pages that
 * point at a card that is not in the manifest.
 */
export function neededCards(site: BuiltSite, cards: readonly ShareCard[]): { files: Map<string, ShareCard>; unknown: string[] } {
  const byPath = new Map(cards.map((c) => [`share/${c.lang}/${c.key}.png`, c]));
  const files = new Map<string, ShareCard>();
  const unknown: string[] = [];
  const prefix = `${site.base}share/`;
  for (const page of publicPages(site)) {
    const image = ogImage(page.html);
    if (!image) continue;
    const pathname = new URL(image, 'http://site.invalid').pathname;
    if (!pathname.startsWith(prefix)) continue;
    const rel = decodeURIComponent(pathname.slice(site.base.length));
    const card = byPath.get(rel);
    if (card) files.set(rel, card);
    else unknown.push(`${page.url} → ${image}`);
  }
  return { files, unknown };
}

export const shareImagesStep: PostBuildStep = {
  name: 'share-images',
  needs: ['pages', 'share-manifest'],
  makes: ['share/'],
  run: async ({ site, logger }) => {
    const manifest = path.join(site.dir, SHARE_MANIFEST);
    const cards = JSON.parse(readFileSync(manifest, 'utf8')) as ShareCard[];
    rmSync(manifest);
    const { files, unknown } = neededCards(site, cards);
    if (unknown.length) throw new Error(`Pages point at share images no card describes:\n  ${unknown.slice(0, 20).join('\n  ')}`);
    const host = new URL(siteConfig.url).host;
    const queue = [...files];
    const draw = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [rel, card] = next;
        const cached = await cachedShareFile({ title: card.title, label: card.label, siteName: siteConfig.name, host }, card);
        placeCached(cached, path.join(site.dir, rel));
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, draw));
    logger.info(`${files.size} share images written.`);
  },
};
