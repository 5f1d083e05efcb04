/** The "Produk Toba" labels of every product: /merek-kit/label/<slug>.svg and the A4 sheet <slug>-a4.svg. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite, titleOf } from '../../../content/load';
import { labelFiles, productLabel, type ProductLabel } from '../../../lib/brand/label';
import { labelSheetSvg, labelSvg } from '../../../build/product-label';
import { BASE } from '../../../lib/paths';
import { DEFAULT_LANG } from '../../../lib/locales';
import { site } from '../../../config/site';

export const getStaticPaths = (async () => {
  const { products } = await loadSite();
  return products.flatMap((p) => {
    const label = productLabel({ slug: p.slug, name: titleOf(p, DEFAULT_LANG) }, site.url, BASE);
    const files = labelFiles(p.slug);
    return [
      { params: { file: files.label }, props: { label, sheet: false } },
      { params: { file: files.sheet }, props: { label, sheet: true } },
    ];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { label, sheet } = props as { label: ProductLabel; sheet: boolean };
  return new Response(sheet ? await labelSheetSvg(label) : await labelSvg(label), { headers: { 'Content-Type': 'image/svg+xml' } });
};
