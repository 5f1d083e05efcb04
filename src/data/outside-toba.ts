/**
 * Places often listed as "Toba" or "Balige" sights that lie in other
 * regencies. Source: the project fact sheet, §2.3 ("Often listed as Toba/Balige
 * but NOT in Kabupaten Toba — exclude"), which checked each against the
 * idn-area-data kecamatan list. No entry may present one of these as a Toba
 * destination; the content checker enforces it (src/content/rules.ts).
 */
export const OUTSIDE_TOBA: readonly { name: string; regency: string }[] = [
  { name: 'Sipiso-piso', regency: 'Karo' },
  { name: 'Simarjarunjung', regency: 'Simalungun' },
  { name: 'Pantai Bebas Parapat', regency: 'Simalungun' },
  { name: 'Batu Gantung', regency: 'Simalungun' },
  { name: 'Tigaraja', regency: 'Simalungun' },
  { name: 'Sipolha', regency: 'Simalungun' },
  { name: 'Parbaba', regency: 'Samosir' },
  { name: 'Tomok', regency: 'Samosir' },
  { name: 'Tuktuk', regency: 'Samosir' },
  { name: 'Tuk-tuk', regency: 'Samosir' },
  { name: 'Siallagan', regency: 'Samosir' },
  { name: 'Holbung', regency: 'Samosir' },
  { name: 'Menara Pandang Tele', regency: 'Samosir' },
  { name: 'Efrata', regency: 'Samosir' },
  { name: 'Sibea-bea', regency: 'Samosir' },
  { name: 'Pusuk Buhit', regency: 'Samosir' },
  { name: 'Sipinsur', regency: 'Humbang Hasundutan' },
  { name: 'Bakkara', regency: 'Humbang Hasundutan' },
  { name: 'Huta Ginjang', regency: 'Tapanuli Utara' },
  { name: 'Salib Kasih', regency: 'Tapanuli Utara' },
  { name: 'Bukit Doa', regency: 'Tapanuli Utara' },
  { name: 'Air Terjun Ponot', regency: 'Asahan' },
  { name: 'Sampuran Harimau', regency: 'Asahan' },
  { name: 'Bendungan Tangga', regency: 'Asahan' },
  { name: 'Paropo', regency: 'Dairi' },
];
