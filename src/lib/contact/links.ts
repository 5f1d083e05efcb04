/**
 * The contact details of an entry as links a visitor can tap: WhatsApp, phone, e-mail, Instagram, website and
 * marketplaces, in the order a visitor in Indonesia reaches for them (WhatsApp first). Pure, so the page's
 * buttons, the JSON-LD (`telephone`, `email`, `sameAs`) and the open data read the same normalised values.
 */
import { displayPhone, telUrl, waUrl } from './phone';

/** The contact group as the content schema gives it (src/content/contact-schema.ts). */
export interface ContactData {
  whatsapp?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  instagram?: string | undefined;
  website?: string | undefined;
  marketplaces?: readonly { name: string; url: string }[] | undefined;
}

/** `@rumah.kreatif`, `rumah.kreatif` or an instagram.com address. */
const HANDLE = '[A-Za-z0-9._]{1,30}';
export const INSTAGRAM_RE = new RegExp(`^(?:@?${HANDLE}|https?://(?:www\\.)?instagram\\.com/${HANDLE}/?(?:\\?.*)?)$`);

/** The bare handle of an Instagram account written as `@name`, `name` or its address; undefined when it is none of these. */
export function instagramHandle(value: string): string | undefined {
  const v = value.trim();
  if (!INSTAGRAM_RE.test(v)) return undefined;
  const m = /instagram\.com\/([A-Za-z0-9._]+)/.exec(v);
  return (m ? m[1]! : v.replace(/^@/, '')).toLowerCase();
}

/** The one address of an Instagram account, whatever form the editor wrote. */
export const instagramUrl = (handle: string) => `https://www.instagram.com/${handle}/`;

/** A plain e-mail address: one @, a dot in the domain, no spaces (the check browsers make for type=email, simplified). */
export const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type ContactKind = 'whatsapp' | 'phone' | 'email' | 'instagram' | 'website' | 'marketplace';

export interface ContactLink {
  kind: ContactKind;
  href: string;
  /** What the button shows beside its label: the number, the address, the handle, the marketplace's name. */
  text: string;
  /** Leaves the site (opens in a new tab with rel=noopener). `tel:` and `mailto:` hand over to an app instead. */
  external: boolean;
}

/**
 * The links to show for one entry, in order. `message` is the WhatsApp text typed in for the visitor (it names the
 * entry, so the seller knows what the chat is about).
 */
export function contactLinks(c: ContactData | undefined, message: string): ContactLink[] {
  if (!c) return [];
  const out: ContactLink[] = [];
  if (c.whatsapp) out.push({ kind: 'whatsapp', href: waUrl(c.whatsapp, message), text: displayPhone(c.whatsapp), external: true });
  if (c.phone) out.push({ kind: 'phone', href: telUrl(c.phone), text: displayPhone(c.phone), external: false });
  if (c.email) out.push({ kind: 'email', href: `mailto:${c.email}`, text: c.email, external: false });
  const handle = c.instagram ? instagramHandle(c.instagram) : undefined;
  if (handle) out.push({ kind: 'instagram', href: instagramUrl(handle), text: `@${handle}`, external: true });
  if (c.website) out.push({ kind: 'website', href: c.website, text: new URL(c.website).host.replace(/^www\./, ''), external: true });
  for (const m of c.marketplaces ?? []) out.push({ kind: 'marketplace', href: m.url, text: m.name, external: true });
  return out;
}

/** The profiles that stand for the entry elsewhere (schema.org `sameAs`): Instagram, website, marketplace shops. */
export function sameAs(c: ContactData | undefined): string[] {
  if (!c) return [];
  const handle = c.instagram ? instagramHandle(c.instagram) : undefined;
  return [...(handle ? [instagramUrl(handle)] : []), ...(c.website ? [c.website] : []), ...(c.marketplaces ?? []).map((m) => m.url)];
}

/**
 * The contact group as published (open data, JSON-LD): numbers in E.164 as written, Instagram as its one address,
 * empty groups left out.
 */
export function publishedContact(c: ContactData | undefined) {
  if (!c) return undefined;
  const handle = c.instagram ? instagramHandle(c.instagram) : undefined;
  const out = {
    ...(c.whatsapp ? { whatsapp: c.whatsapp } : {}),
    ...(c.phone ? { phone: c.phone } : {}),
    ...(c.email ? { email: c.email } : {}),
    ...(handle ? { instagram: instagramUrl(handle) } : {}),
    ...(c.website ? { website: c.website } : {}),
    ...(c.marketplaces?.length ? { marketplaces: c.marketplaces.map((m) => ({ name: m.name, url: m.url })) } : {}),
  };
  return Object.keys(out).length ? out : undefined;
}
