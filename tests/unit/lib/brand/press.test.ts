/** The press contact comes from the configuration only: unset, the page shows none and the checker warns. */
import { describe, expect, it } from 'vitest';
import { pressContact } from '../../../../src/lib/brand/press';
import { siteWarnings } from '../../../../src/content/site-warnings';
import { formatWarnings } from '../../../../src/content/warnings';

describe('pressContact', () => {
  it('is absent when nothing is configured, or only a name that reaches nobody', () => {
    expect(pressContact({})).toBeUndefined();
    expect(pressContact({ name: 'Humas' })).toBeUndefined();
  });

  it('links the configured e-mail address and phone number', () => {
    expect(pressContact({ name: 'Humas', email: 'pers@example.org', phone: '+62000000000' })).toEqual({
      name: 'Humas',
      email: { text: 'pers@example.org', href: 'mailto:pers@example.org' },
      phone: { text: '+62000000000', href: 'tel:+62000000000' },
    });
    expect(pressContact({ phone: '+62000000000' })?.email).toBeUndefined();
  });
});

describe('siteWarnings', () => {
  it('warns, naming the setting to fill, when there is no press contact', () => {
    const [w, ...rest] = siteWarnings({ press: {} });
    expect(rest).toEqual([]);
    expect(w).toMatchObject({ file: 'src/config/site.ts', field: 'press', code: 'press-contact-missing' });
    expect(w!.fix.id).toContain('JELAJAH_PRESS_EMAIL');
    expect(w!.fix.en).toContain('JELAJAH_PRESS_EMAIL');
    expect(formatWarnings([w!], 'id')).toContain('Kontak media belum diisi');
  });

  it('says nothing once an e-mail address or a phone number is set', () => {
    expect(siteWarnings({ press: { email: 'pers@example.org' } })).toEqual([]);
    expect(siteWarnings({ press: { phone: '+62000000000' } })).toEqual([]);
  });
});
