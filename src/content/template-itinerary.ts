/**
 * The values of a new itinerary's template (`npm run new -- itinerary …`): where it starts and its days
 * of stops as the editor gave them, with a commented example of a day's title and a stop's note. The
 * rest of the template comes from the schema, as for every entry (./templates.ts).
 */
import type { Block } from './template-yaml';
import type { NewEntry } from './new-entry';

export function itineraryBlocks(e: NewEntry): Block[] {
  const days = e.days ?? [];
  return [
    { key: 'start', active: true, lines: [`start: ${e.startAt ?? 'balige'}`] },
    {
      key: 'days',
      active: true,
      note: [
        'Satu butir `- stops:` untuk setiap hari; perhentian berurutan, masing-masing slug destinasi yang punya titik peta.',
        'Boleh ditambah judul hari dan catatan perhentian, misalnya:',
        '  - title: { id: Pasar dan museum, en: Market and museum }',
        '    stops:',
        '      - destination: slug-destinasi',
        '        note: { id: Datang pagi., en: Come early. }',
      ].join('\n'),
      lines: ['days:', ...days.flatMap((stops) => ['  - stops:', ...stops.map((s) => `      - destination: ${s}`)])],
    },
  ];
}

const count = (e: NewEntry) => ({ days: e.days?.length ?? 0, stops: e.days?.flat().length ?? 0 });

export const itinerarySummary = (e: NewEntry): string =>
  `${e.title}: ${count(e).days} hari, ${count(e).stops} perhentian. Ganti kalimat ini dengan satu atau dua kalimat tentang perjalanan ini.`;

export const itineraryBody = (e: NewEntry): string =>
  `Tulis pengantar ${e.title} di sini, dalam bahasa Indonesia: untuk siapa perjalanan ini, kapan sebaiknya berangkat, dan tips praktis. Hari-hari dan perhentiannya sudah tampil dari isian \`days\`.\n`;
