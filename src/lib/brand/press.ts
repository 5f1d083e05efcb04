/**
 * The press page's contact, from the site configuration (`site.press`,
 * src/config/site.ts). A name alone reaches nobody: without an e-mail address
 * or a phone number there is no contact, and the page leaves it out rather
 * than show an invented one.
 */
export interface PressConfig {
  name?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
}

export interface PressContact {
  name?: string | undefined;
  email?: { text: string; href: string } | undefined;
  phone?: { text: string; href: string } | undefined;
}

/** The contact the page shows, or undefined when the configuration gives no way to reach anyone. */
export function pressContact(config: PressConfig): PressContact | undefined {
  if (!config.email && !config.phone) return undefined;
  return {
    name: config.name,
    email: config.email ? { text: config.email, href: `mailto:${config.email}` } : undefined,
    phone: config.phone ? { text: config.phone, href: `tel:${config.phone}` } : undefined,
  };
}
