/** Phone and WhatsApp numbers, wa.me and tel: links, Instagram handles: src/lib/contact/. */
import { describe, expect, it } from 'vitest';
import { checkPhone, displayPhone, telUrl, waUrl } from '../../../src/lib/contact/phone';
import { contactLinks, instagramHandle, publishedContact, sameAs } from '../../../src/lib/contact/links';

describe('a phone number in E.164', () => {
  it.each(['+6281234567890', '+62632123456', '+628123456789', '+441632960961'])('accepts %s', (n) => {
    expect(checkPhone(n)).toBeUndefined();
  });

  it.each([
    ['081234567890', 'leading-zero', '+6281234567890'],
    ['0812-3456-7890', 'leading-zero', '+6281234567890'],
    ['+62 812 3456 7890', 'separators', '+6281234567890'],
    ['+62-812-3456-7890', 'separators', '+6281234567890'],
    ['6281234567890', 'missing-plus', '+6281234567890'],
    ['+62081234567890', 'zero-after-62', '+6281234567890'],
    ['(0632) 21234', 'leading-zero', '+6263221234'],
  ])('refuses %s as %s and offers %s', (n, problem, suggestion) => {
    expect(checkPhone(n)).toEqual({ problem, suggestion });
  });

  it('refuses a number too short or too long, with no guess', () => {
    expect(checkPhone('+6281234')).toEqual({ problem: 'too-short' });
    expect(checkPhone('+62812345678901234')).toEqual({ problem: 'too-long' });
    expect(checkPhone('0812')).toEqual({ problem: 'leading-zero' });
  });

  it('refuses letters', () => {
    expect(checkPhone('+62 812 WA saja')).toEqual({ problem: 'letters' });
  });
});

describe('links to a number', () => {
  it('builds wa.me with the digits only and the message URL-encoded', () => {
    expect(waUrl('+6281234567890')).toBe('https://wa.me/6281234567890');
    expect(waUrl('+6281234567890', 'Halo, saya melihat Ulos & Tenun di Jelajah Toba?')).toBe(
      'https://wa.me/6281234567890?text=Halo%2C%20saya%20melihat%20Ulos%20%26%20Tenun%20di%20Jelajah%20Toba%3F',
    );
  });

  it('builds tel: and shows the number in groups', () => {
    expect(telUrl('+62632123456')).toBe('tel:+62632123456');
    expect(displayPhone('+6281234567890')).toBe('+62 812 3456-7890');
    expect(displayPhone('+62632123456')).toBe('+62 632 123456');
  });
});

describe('an Instagram account', () => {
  it.each([
    ['@Rumah.Kreatif', 'rumah.kreatif'],
    ['rumah_kreatif', 'rumah_kreatif'],
    ['https://www.instagram.com/rumahkreatif/', 'rumahkreatif'],
    ['https://instagram.com/rumahkreatif?igsh=abc', 'rumahkreatif'],
  ])('reads %s as %s', (v, handle) => expect(instagramHandle(v)).toBe(handle));

  it.each(['dinas pariwisata', 'https://facebook.com/x', '@'])('refuses %s', (v) => expect(instagramHandle(v)).toBeUndefined());
});

describe('the contact links of an entry', () => {
  const c = {
    whatsapp: '+6281200000000',
    phone: '+62632000000',
    email: 'info@contoh.id',
    instagram: '@contoh',
    website: 'https://www.contoh.id/',
    marketplaces: [{ name: 'Lapak Uji', url: 'https://lapak.example/toko' }],
  };

  it('lists WhatsApp first, then phone, e-mail, Instagram, website and shops', () => {
    const links = contactLinks(c, 'Halo');
    expect(links.map((l) => l.kind)).toEqual(['whatsapp', 'phone', 'email', 'instagram', 'website', 'marketplace']);
    expect(links.map((l) => l.href)).toEqual([
      'https://wa.me/6281200000000?text=Halo',
      'tel:+62632000000',
      'mailto:info@contoh.id',
      'https://www.instagram.com/contoh/',
      'https://www.contoh.id/',
      'https://lapak.example/toko',
    ]);
    expect(links.filter((l) => l.external).map((l) => l.kind)).toEqual(['whatsapp', 'instagram', 'website', 'marketplace']);
  });

  it('gives sameAs and the published group with Instagram as one address', () => {
    expect(sameAs(c)).toEqual(['https://www.instagram.com/contoh/', 'https://www.contoh.id/', 'https://lapak.example/toko']);
    expect(publishedContact(c)?.instagram).toBe('https://www.instagram.com/contoh/');
    expect(publishedContact({})).toBeUndefined();
    expect(contactLinks(undefined, 'x')).toEqual([]);
  });
});
