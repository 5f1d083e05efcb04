/**
 * Writes a synthetic content folder for the benchmark: N realistic
 * destinations, events and products (about half, a quarter and a quarter), in
 * Indonesian and English, bodies of 150–400 words, every point on land inside
 * an official desa of its district (as the content checker requires), plus the real practical pages and
 * district intros. Seeded, so the same N always gives the same corpus.
 *
 *   node scripts/with-node.mjs tsx scripts/bench/generate.ts --n 100 --out /tmp/corpus
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { placePoint, villagesOf, type Area } from '../../src/lib/geo/boundaries';
import { onOpenWater } from '../../src/lib/geo/lake';
import { pointInVillage } from '../../src/lib/geo/pin';
import { CATEGORIES, FACILITIES, PRODUCT_KINDS, WEEKDAYS } from '../../src/content/vocab';
import { DISTRICTS, type District } from '../../src/content/districts';
import { slugify } from '../../src/lib/text';
import * as W from './words';

/** Mulberry32: a tiny seeded PRNG, so corpora are reproducible. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const some = <T>(xs: readonly T[], min: number, max: number): T[] => [...xs].sort(() => next() - 0.5).slice(0, int(min, max));
  return { next, int, pick, some, chance: (p: number) => next() < p };
}
type Rng = ReturnType<typeof rng>;

export const countWords = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** A desa of the district, and a point on land inside it (approximate: `exact` needs an on-site check). */
function pointIn(r: Rng, d: District): { village: Area; location: { lat: number; lng: number; precision: 'approximate' } } {
  const village = r.pick(villagesOf(d));
  const [w, s, e, n] = village.shape.bbox;
  for (let i = 0; i < 20; i++) {
    const p = { lat: +(s + r.next() * (n - s)).toFixed(4), lng: +(w + r.next() * (e - w)).toFixed(4) };
    if (placePoint(p).village?.code === village.code && !onOpenWater(p)) return { village, location: { ...p, precision: 'approximate' } };
  }
  return { village, location: { ...pointInVillage(village)!, precision: 'approximate' } };
}

interface Slots {
  name: Record<'id' | 'en', string>;
  village: string;
  district: string;
}

function fill(r: Rng, s: W.Pair, slots: Slots): W.Pair {
  const shared: Record<string, string> = {
    village: slots.village,
    district: slots.district,
    km: String(r.int(2, 35)),
    n: String(r.int(12, 240)),
    year: String(r.int(1998, 2025)),
  };
  const pairs: Record<string, W.Pair> = { thing: r.pick(W.THINGS), food: r.pick(W.FOODS), time: r.pick(W.TIMES) };
  const out = (lang: 'id' | 'en') =>
    s[lang].replace(/\{(\w+)\}/g, (_, k: string) => (k === 'name' ? slots.name[lang] : (shared[k] ?? pairs[k]?.[lang] ?? k)));
  return { id: out('id'), en: out('en') };
}

/** Two bodies (id, en) of 150–400 words each: paragraphs, two headings and a tip list. */
export function body(r: Rng, kind: keyof typeof W.HEADINGS, slots: Slots): W.Pair {
  const bank = kind === 'destinations' ? W.DESTINATION_SENTENCES : kind === 'events' ? W.EVENT_SENTENCES : W.PRODUCT_SENTENCES;
  const target = r.int(170, 340);
  const parts: W.Pair[] = [];
  let words = 0;
  const para = (n: number, first?: W.Pair) => {
    const sentences = Array.from({ length: n }, (_, i) => fill(r, i === 0 && first ? first : r.pick(bank), slots));
    const p = { id: sentences.map((s) => s.id).join(' '), en: sentences.map((s) => s.en).join(' ') };
    words += countWords(p.id);
    parts.push(p);
  };
  const [h1, h2] = W.HEADINGS[kind];
  // The first sentence names the place: it becomes the summary, as an editor would write it.
  para(3, bank[0]);
  parts.push({ id: `## ${h1!.id}`, en: `## ${h1!.en}` });
  while (words < target * 0.6) para(r.int(2, 4));
  parts.push({ id: `## ${h2!.id}`, en: `## ${h2!.en}` });
  const tips = r.some(bank.slice(1), 3, 5).map((t) => fill(r, t, slots));
  parts.push({ id: tips.map((t) => `- ${t.id}`).join('\n'), en: tips.map((t) => `- ${t.en}`).join('\n') });
  words += countWords(parts.at(-1)!.id);
  while (words < target) para(2);
  const join = (lang: 'id' | 'en') => parts.map((p) => p[lang]).join('\n\n');
  return { id: join('id'), en: join('en') };
}

/** Unique names: "Pantai Lumban Sirait", then "Pantai Lumban Sirait Julu" when taken. */
function namer(r: Rng) {
  const taken = new Set<string>();
  return (pattern: W.Pair, extra: Record<string, string> = {}): { name: W.Pair; place: string; slug: string } => {
    for (let attempt = 0; ; attempt++) {
      let place = `${r.pick(W.PLACE_FIRST)} ${r.pick(W.PLACE_SECOND)}`;
      if (attempt > 5) place += ` ${r.pick(W.PLACE_SUFFIX)}`;
      if (attempt > 20) place += ` ${attempt}`;
      const sub = (s: string) => s.replace('{p}', place).replace(/\{(\w+)\}/g, (_, k: string) => extra[k] ?? '');
      const name = { id: sub(pattern.id), en: sub(pattern.en) };
      const slug = slugify(name.id);
      if (taken.has(slug)) continue;
      taken.add(slug);
      return { name, place, slug };
    }
  };
}

const doc = (data: Record<string, unknown>, text: string) => `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n\n${text}\n`;
const summaryOf = (text: string) => text.split(/(?<=\.)\s/)[0]!.slice(0, 200);

function write(root: string, collection: string, slug: string, id: string, en: string) {
  const dir = path.join(root, collection, slug);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.id.mdx'), id);
  writeFileSync(path.join(dir, 'index.en.mdx'), en);
}

export interface CorpusStats {
  destinations: number;
  events: number;
  products: number;
}

/** Writes the corpus into `root` (which should be empty) and returns how many entries of each kind. */
export function generateCorpus(root: string, n: number, seed = 2026): CorpusStats {
  const r = rng(seed + n);
  const name = namer(r);
  // Points come from their own sequence, so the texts do not change when the way points are drawn does.
  const places = rng(seed + n + 1);
  const counts = { destinations: Math.ceil(n / 2), events: Math.floor(n / 4), products: n - Math.ceil(n / 2) - Math.floor(n / 4) };
  const destinations: { slug: string; district: string }[] = [];

  for (let i = 0; i < counts.destinations; i++) {
    const category = r.pick(CATEGORIES);
    const d = r.pick(DISTRICTS);
    const { name: title, place, slug } = name(r.pick(W.DESTINATION_NAMES[category]!));
    const at = pointIn(places, d);
    const village = at.village.name;
    const text = body(r, 'destinations', { name: title, village: place, district: d.name });
    const data = {
      title: title.id,
      summary: summaryOf(text.id),
      category,
      district: d.slug,
      village,
      location: at.location,
      address: `Desa ${village}, Kecamatan ${d.name}`,
      fees: r.chance(0.6)
        ? [{ label: { id: 'Tiket masuk', en: 'Entry ticket' }, amount: r.int(0, 10) * 2500, year: r.int(2019, 2025) }]
        : [],
      facilities: r.some(FACILITIES, 1, 6),
      openingHours: r.chance(0.5) ? Object.fromEntries(WEEKDAYS.map((w) => [w, '08:00-18:00'])) : undefined,
      bestTime: r.chance(0.5)
        ? fill(r, { id: 'Datang {time}.', en: 'Come {time}.' }, { name: title, village, district: d.name })
        : undefined,
      aliases: r.chance(0.3) ? [place] : [],
      lastVerified: '2026-01-15',
      sources: [`https://example.org/sumber/${slug}`],
    };
    write(
      root,
      'destinations',
      slug,
      doc(JSON.parse(JSON.stringify(data)), text.id),
      doc({ title: title.en, summary: summaryOf(text.en) }, text.en),
    );
    destinations.push({ slug, district: d.slug });
  }

  for (let i = 0; i < counts.events; i++) {
    // Half the events happen at a destination, in its district; the rest at a field of their own.
    const at = destinations.length > 0 && r.chance(0.5) ? r.pick(destinations) : undefined;
    const d = at ? DISTRICTS.find((x) => x.slug === at.district)! : r.pick(DISTRICTS);
    const year = r.int(2019, 2027);
    const { name: title, place, slug } = name(r.pick(W.EVENT_NAMES), { y: String(year) });
    const text = body(r, 'events', { name: title, village: place, district: d.name });
    const month = String(r.int(1, 12)).padStart(2, '0');
    const day = String(r.int(1, 26)).padStart(2, '0');
    const start = `${year}-${month}-${day}`;
    const data = {
      title: title.id,
      summary: summaryOf(text.id),
      start,
      end: r.chance(0.5) ? `${year}-${month}-${String(Number(day) + r.int(1, 2)).padStart(2, '0')}` : undefined,
      recurrence: r.chance(0.2) ? { freq: 'yearly' } : undefined,
      venue: at ? { destination: at.slug } : { name: `Lapangan ${place}`, district: d.slug, location: pointIn(places, d).location },
      organiser: `Panitia ${place}`,
      price: r.chance(0.5) ? [{ label: { id: 'Tiket', en: 'Ticket' }, amount: r.int(0, 8) * 5000, year }] : [],
      lastVerified: '2026-01-15',
      sources: [`https://example.org/acara/${slug}`],
    };
    write(
      root,
      'events',
      slug,
      doc(JSON.parse(JSON.stringify(data)), text.id),
      doc({ title: title.en, summary: summaryOf(text.en) }, text.en),
    );
  }

  for (let i = 0; i < counts.products; i++) {
    const kind = r.pick(PRODUCT_KINDS);
    const d = r.pick(DISTRICTS);
    const { name: title, place, slug } = name(r.pick(W.PRODUCT_NAMES[kind]!));
    const text = body(r, 'products', { name: title, village: place, district: d.name });
    const data = {
      title: title.id,
      summary: summaryOf(text.id),
      kind,
      origin: [{ district: d.slug }],
      whereToBuy: destinations.length && r.chance(0.5) ? [{ destination: r.pick(destinations).slug }] : [{ district: 'balige' }],
      sellers: r.chance(0.5)
        ? [
            {
              name: `Usaha ${place}`,
              place: { id: `Desa ${place}`, en: `${place} village` },
              district: d.slug,
              location: pointIn(places, d).location,
              whatsapp: `+62812${r.int(1000, 9999)}${r.int(1000, 9999)}`,
            },
          ]
        : [],
      priceRange: {
        label: { id: 'Per buah', en: 'Each' },
        amount: r.int(2, 20) * 5000,
        amountMax: r.int(21, 60) * 5000,
        year: r.int(2020, 2025),
      },
      lastVerified: '2026-01-15',
      sources: [`https://example.org/produk/${slug}`],
    };
    write(
      root,
      'products',
      slug,
      doc(JSON.parse(JSON.stringify(data)), text.id),
      doc({ title: title.en, summary: summaryOf(text.en) }, text.en),
    );
  }

  // The practical pages every build needs, and the district intros, are the real ones.
  for (const folder of ['pages', 'districts']) cpSync(path.resolve('content', folder), path.join(root, folder), { recursive: true });
  return counts;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const n = Number(arg('n') ?? 100);
  const out = path.resolve(arg('out') ?? `node_modules/.bench/corpus-${n}`);
  mkdirSync(out, { recursive: true });
  const counts = generateCorpus(out, n);
  console.log(`Wrote ${counts.destinations} destinations, ${counts.events} events, ${counts.products} products to ${out}`);
}
