/**
 * An entry's public contacts as schema.org properties: `telephone` (the phone, else the WhatsApp number, both
 * E.164), `email`, and `sameAs` (its Instagram, website and marketplace shops: the profiles that stand for it
 * elsewhere). Shared by places, products and events so the three say it alike.
 */
import { sameAs, type ContactData } from '../contact/links';

export interface ContactProps {
  telephone?: string;
  email?: string;
  sameAs?: string[];
}

/** `telephone` and `email`: what a Place, an Organization or a Person carries. */
export function reachProps(c: ContactData | undefined): Omit<ContactProps, 'sameAs'> {
  const telephone = c?.phone ?? c?.whatsapp;
  return { ...(telephone ? { telephone } : {}), ...(c?.email ? { email: c.email } : {}) };
}

/** `sameAs`: any Thing carries it. */
export function sameAsProps(c: ContactData | undefined): Pick<ContactProps, 'sameAs'> {
  const links = sameAs(c);
  return links.length ? { sameAs: links } : {};
}
