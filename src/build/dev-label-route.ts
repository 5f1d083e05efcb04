/**
 * `npm run dev` only (injected by ./post-build.ts): the "Produk Toba" labels, /merek-kit/label/<slug>.svg
 * and the A4 sheet <slug>-a4.svg, drawn on request so the labels page shows them while editing. A build
 * draws them once per product in the `product-labels` step instead (./steps/print-kit.ts), from its cache.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite, titleOf } from '../content/load';
import { labelFiles, productLabel, type ProductLabel } from '../lib/brand/label';
import { labelSheetSvg, labelSvg } from './product-label';
import { BASE } from '../lib/paths';
import { DEFAULT_LANG } from '../lib/locales';
import { site } from '../config/site';

export const getStaticPaths = (async () => {
  const { products } = await loadSite();
  return products.flatMap((p) => {
    const label = productLabel({ slug: p.slug, name: titleOf(p, DEFAULT_LANG) }, site.url, BASE);
    const files = labelFiles(p.slug);
    // The route is `[name].svg`: with the extension in the pattern, the dev server serves the file's URL as it
    // is, without the trailing slash every page URL gets.
    return [
      { params: { name: files.label.replace(/\.svg$/, '') }, props: { label, sheet: false } },
      { params: { name: files.sheet.replace(/\.svg$/, '') }, props: { label, sheet: true } },
    ];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { label, sheet } = props as { label: ProductLabel; sheet: boolean };
  return new Response(sheet ? await labelSheetSvg(label) : await labelSvg(label), { headers: { 'Content-Type': 'image/svg+xml' } });
};
