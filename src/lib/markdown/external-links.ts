/**
 * Outbound links: they open in a new tab with rel="noopener" and carry a
 * hint, read by screen readers, that they lead to another site.
 * src/components/ExternalLink.astro does this for links in components; the
 * Markdown plugin below does the same for links editors write in MDX.
 */
import { defineHastPlugin } from 'satteri';
import { t } from '../i18n';
import type { Lang } from '../../content/vocab';

/** Attributes of an outbound link. `external` tells crawlers and scripts it leaves the site. */
export const EXTERNAL_REL = 'noopener external';

/** True for an absolute http(s) link to another host than the site's. */
export function isExternal(href: string, siteUrl: string): boolean {
  if (!/^https?:\/\//i.test(href)) return false;
  try {
    return new URL(href).host !== new URL(siteUrl).host;
  } catch {
    return false;
  }
}

/** The language of an MDX file, from its name (index.en.mdx / index.id.mdx). */
export const langOfFile = (file: string | undefined): Lang => (file && /\.en\.mdx?$/.test(file) ? 'en' : 'id');

/**
 * Sätteri (Astro's Markdown and MDX pipeline) plugin: marks outbound links in
 * Markdown/MDX bodies like ExternalLink.astro does, with the hint in the
 * language of the file (index.en.mdx → English).
 */
export function externalLinksPlugin(site: string) {
  return defineHastPlugin({
    name: 'jelajah-toba:external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties.href;
        if (typeof href !== 'string' || !isExternal(href, site)) return;
        ctx.setProperty(node, 'rel', EXTERNAL_REL.split(' '));
        ctx.setProperty(node, 'target', '_blank');
        const hint = t(langOfFile(ctx.fileURL?.pathname), 'external.hint');
        ctx.appendChild(node, {
          type: 'element',
          tagName: 'span',
          properties: { className: ['visually-hidden'] },
          children: [{ type: 'text', value: ` ${hint}` }],
        });
      },
    },
  });
}
