/**
 * Refreshes the official boundaries (src/data/boundaries/toba-boundaries.json) from the shared copy of
 * the Kemendagri 2025 polygons:
 *
 *   npm run data:boundaries                     # reads ../shared/data/boundaries/ beside the repository
 *   npm run data:boundaries -- --from <folder>  # or another copy of the same four GeoJSON files
 *
 * The source (cahyadsn/wilayah_boundaries, MIT) is GeoJSON with coordinates rounded to 5 decimals. The
 * desa layer alone is ~400 KB of it, so the project keeps a compact, lossless copy: every coordinate as
 * an integer number of 1e-5 degrees, each ring's first point whole and the others as differences from
 * the point before (most are two or three digits). Decoding gives back exactly the source's numbers;
 * the script checks that before it writes. Only what the checker, the scaffolder and the open data need
 * is kept: code, name, label point and the polygons. Same input, same output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCALE = 1e5;
const LAYERS = {
  regency: 'toba-regency.geojson',
  districts: 'toba-districts.geojson',
  villages: 'toba-villages.geojson',
  neighbours: 'neighbour-regencies.geojson',
};

const { values } = parseArgs({ options: { from: { type: 'string' }, out: { type: 'string' } } });
const from = path.resolve(values.from ?? path.join(ROOT, '../shared/data/boundaries'));
// --out: somewhere else than the project's copy (the unit test compares the two).
const OUT = path.resolve(values.out ?? path.join(ROOT, 'src/data/boundaries/toba-boundaries.json'));

/** [[x0, y0, dx1, dy1, …] per ring] per polygon, integers at 1e-5 degrees. */
function encodeRing(ring) {
  const out = [];
  let px = 0;
  let py = 0;
  ring.forEach(([lng, lat], i) => {
    const x = Math.round(lng * SCALE);
    const y = Math.round(lat * SCALE);
    if (Math.abs(x - lng * SCALE) > 1e-6 || Math.abs(y - lat * SCALE) > 1e-6) {
      throw new Error(`${lng},${lat} has more than 5 decimals: the compact copy would not be lossless`);
    }
    out.push(i ? x - px : x, i ? y - py : y);
    px = x;
    py = y;
  });
  return out;
}

/** The inverse of encodeRing, as src/lib/geo/boundaries.ts does it; used to prove the copy is lossless. */
function decodeRing(flat) {
  const ring = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i < flat.length; i += 2) {
    x += flat[i];
    y += flat[i + 1];
    ring.push([x / SCALE, y / SCALE]);
  }
  return ring;
}

function readLayer(file) {
  const full = path.join(from, file);
  let collection;
  try {
    collection = JSON.parse(readFileSync(full, 'utf8'));
  } catch (e) {
    console.error(
      `Cannot read ${full}: ${e.message}\nPass the folder that holds the boundary files: npm run data:boundaries -- --from <folder>`,
    );
    process.exit(1);
  }
  return collection.features.map((f) => {
    const { code, name, label } = f.properties;
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const encoded = polygons.map((rings) => rings.map(encodeRing));
    const back = encoded.map((rings) => rings.map(decodeRing));
    if (JSON.stringify(back) !== JSON.stringify(polygons)) throw new Error(`${code}: the compact copy does not decode to the source`);
    return { code, name, label, polygons: encoded };
  });
}

const layers = Object.fromEntries(
  Object.entries(LAYERS).map(([key, file]) => [key, readLayer(file).sort((a, b) => a.code.localeCompare(b.code))]),
);
const source = JSON.parse(readFileSync(path.join(from, LAYERS.regency), 'utf8')).source ?? 'cahyadsn/wilayah_boundaries';

// One feature per line: a refresh shows in `git diff` as the areas that changed.
const header = {
  source,
  basis: 'Kepmendagri No 300.2.2-2430 Tahun 2025',
  licence: 'MIT License, Copyright (c) 2024 Cahya DSN (src/data/boundaries/LICENSE)',
  attribution: 'Batas wilayah: cahyadsn/wilayah_boundaries (MIT), berdasarkan Kepmendagri No 300.2.2-2430 Tahun 2025.',
  encoding:
    'polygons: [polygon][ring] = [x0, y0, dx1, dy1, …], integers in 1e-5 degrees (x = longitude, y = latitude), each point after the first a difference from the one before',
  scale: SCALE,
};
const lines = Object.entries(header).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
for (const [key, features] of Object.entries(layers)) {
  lines.push(`  ${JSON.stringify(key)}: [\n${features.map((f) => `    ${JSON.stringify(f)}`).join(',\n')}\n  ]`);
}
const text = `{\n${lines.join(',\n')}\n}\n`;
writeFileSync(OUT, text);
const points = Object.values(layers)
  .flat()
  .reduce((n, f) => n + f.polygons.flat().reduce((m, r) => m + r.length / 2, 0), 0);
console.log(
  `Wrote ${path.relative(ROOT, OUT)}: ${Object.entries(layers)
    .map(([k, f]) => `${f.length} ${k}`)
    .join(', ')}; ${points} points; ${(text.length / 1024).toFixed(0)} KB (lossless).`,
);
