/**
 * Word banks for the synthetic benchmark corpus. Names are built from real
 * Batak village prefixes and clan names, so titles, slugs and search terms
 * look like Toba's (and are just as long); none of them is a real entry.
 * Every sentence is a pair: the Indonesian text and its English translation.
 */
export const PLACE_FIRST = [
  'Lumban',
  'Huta',
  'Sosor',
  'Janji',
  'Aek',
  'Dolok',
  'Tano',
  'Lobu',
  'Bonan',
  'Parik',
  'Pasir',
  'Batu',
  'Onan',
  'Sibisa',
  'Hite',
];
export const PLACE_SECOND = [
  'Sirait',
  'Pardede',
  'Siahaan',
  'Sitorus',
  'Napitupulu',
  'Manurung',
  'Simanjuntak',
  'Panjaitan',
  'Tambunan',
  'Marpaung',
  'Hutapea',
  'Sianipar',
  'Butarbutar',
  'Situmorang',
  'Silalahi',
  'Tampubolon',
  'Pangaribuan',
  'Hutajulu',
  'Nainggolan',
  'Gultom',
  'Pasaribu',
  'Sibuea',
  'Hutagaol',
  'Simangunsong',
  'Sinaga',
  'Doloksaribu',
  'Matondang',
  'Harianja',
  'Purba',
  'Simatupang',
];
/** Added when a name is already taken: upper and lower part of a village. */
export const PLACE_SUFFIX = ['Julu', 'Toruan', 'Dolok', 'Tonga', 'Baru', 'Nauli', 'Raja', 'Bolon'];

/** Destination name patterns per category: Indonesian prefix, English pattern. */
export const DESTINATION_NAMES: Record<string, { id: string; en: string }[]> = {
  beach: [
    { id: 'Pantai {p}', en: '{p} Beach' },
    { id: 'Pasir Putih {p}', en: '{p} White Sands' },
  ],
  waterfall: [
    { id: 'Air Terjun {p}', en: '{p} Waterfall' },
    { id: 'Curug {p}', en: '{p} Falls' },
  ],
  viewpoint: [
    { id: 'Bukit {p}', en: '{p} Hill' },
    { id: 'Puncak {p}', en: '{p} Peak' },
  ],
  nature: [
    { id: 'Hutan Pinus {p}', en: '{p} Pine Forest' },
    { id: 'Taman Alam {p}', en: '{p} Nature Park' },
  ],
  culture: [
    { id: 'Rumah Adat {p}', en: '{p} Traditional House' },
    { id: 'Sanggar Budaya {p}', en: '{p} Culture House' },
  ],
  history: [
    { id: 'Tugu {p}', en: '{p} Monument' },
    { id: 'Batu Persidangan {p}', en: '{p} Stone Court' },
  ],
  religious: [
    { id: 'Gereja HKBP {p}', en: '{p} HKBP Church' },
    { id: 'Masjid {p}', en: '{p} Mosque' },
  ],
  culinary: [
    { id: 'Lapo {p}', en: 'Lapo {p}' },
    { id: 'Sentra Kuliner {p}', en: '{p} Food Court' },
  ],
  village: [
    { id: 'Desa Wisata {p}', en: '{p} Tourism Village' },
    { id: 'Kampung Ulos {p}', en: '{p} Ulos Village' },
  ],
  adventure: [
    { id: 'Jalur Trekking {p}', en: '{p} Trekking Trail' },
    { id: 'Arung Jeram {p}', en: '{p} Rafting' },
  ],
};

export const EVENT_NAMES = [
  { id: 'Festival Budaya {p} {y}', en: '{p} Culture Festival {y}' },
  { id: 'Pesta Rakyat {p} {y}', en: '{p} Folk Festival {y}' },
  { id: 'Lomba Solu Bolon {p} {y}', en: '{p} Dragon Boat Race {y}' },
  { id: 'Pagelaran Gondang {p} {y}', en: '{p} Gondang Performance {y}' },
  { id: 'Pekan Ulos {p} {y}', en: '{p} Ulos Week {y}' },
  { id: 'Turnamen Catur {p} {y}', en: '{p} Chess Tournament {y}' },
  { id: 'Bazar UMKM {p} {y}', en: '{p} Small Business Fair {y}' },
  { id: 'Gotong Royong Danau {p} {y}', en: '{p} Lake Clean-up {y}' },
];

export const PRODUCT_NAMES: Record<string, { id: string; en: string }[]> = {
  weaving: [
    { id: 'Ulos Ragi Hotang {p}', en: 'Ragi Hotang Ulos from {p}' },
    { id: 'Ulos Sadum {p}', en: 'Sadum Ulos from {p}' },
  ],
  food: [
    { id: 'Arsik Ikan Mas {p}', en: 'Arsik Carp from {p}' },
    { id: 'Mie Gomak {p}', en: 'Mie Gomak from {p}' },
  ],
  spice: [
    { id: 'Andaliman {p}', en: 'Andaliman Pepper from {p}' },
    { id: 'Bawang Batak {p}', en: 'Batak Chives from {p}' },
  ],
  coffee: [
    { id: 'Kopi Arabika {p}', en: 'Arabica Coffee from {p}' },
    { id: 'Kopi Sangrai {p}', en: 'Roasted Coffee from {p}' },
  ],
  drink: [
    { id: 'Bandrek {p}', en: 'Bandrek Ginger Drink from {p}' },
    { id: 'Sirup Markisa {p}', en: 'Passion Fruit Syrup from {p}' },
  ],
  craft: [
    { id: 'Ukiran Gorga {p}', en: 'Gorga Carving from {p}' },
    { id: 'Anyaman Pandan {p}', en: 'Pandan Weaving from {p}' },
  ],
  snack: [
    { id: 'Lappet {p}', en: 'Lappet Cakes from {p}' },
    { id: 'Kacang Sihobuk {p}', en: 'Sihobuk Peanuts from {p}' },
  ],
};

export type Pair = { id: string; en: string };

/** Slots filled into sentences: {name}, {village}, {district}, {km}, {n}, {year}, {thing}, {food}, {time}. */
export const THINGS: Pair[] = [
  { id: 'perahu kayu', en: 'wooden boats' },
  { id: 'rumah bolon', en: 'traditional bolon houses' },
  { id: 'sawah bertingkat', en: 'terraced rice fields' },
  { id: 'pohon pinus', en: 'pine trees' },
  { id: 'batu besar', en: 'large boulders' },
  { id: 'kebun kopi', en: 'coffee gardens' },
  { id: 'tenun ulos', en: 'ulos weaving' },
  { id: 'ukiran gorga', en: 'gorga carvings' },
  { id: 'pondok bambu', en: 'bamboo huts' },
  { id: 'dermaga kecil', en: 'a small jetty' },
];
export const FOODS: Pair[] = [
  { id: 'arsik ikan mas', en: 'arsik carp' },
  { id: 'mie gomak', en: 'mie gomak noodles' },
  { id: 'naniura', en: 'naniura' },
  { id: 'lappet', en: 'lappet cakes' },
  { id: 'kopi tubruk', en: 'strong local coffee' },
  { id: 'dali ni horbo', en: 'buffalo-milk curd' },
];
export const TIMES: Pair[] = [
  { id: 'pagi hari', en: 'in the morning' },
  { id: 'sore hari', en: 'in the late afternoon' },
  { id: 'akhir pekan', en: 'at weekends' },
  { id: 'musim kemarau', en: 'in the dry season' },
  { id: 'hari libur', en: 'on public holidays' },
];

export const DESTINATION_SENTENCES: Pair[] = [
  {
    id: '{name} terletak di Desa {village}, Kecamatan {district}, sekitar {km} km dari pusat kecamatan.',
    en: '{name} lies in {village} village, {district} district, about {km} km from the district centre.',
  },
  {
    id: 'Warga setempat merawat tempat ini sejak tahun {year} dan menyambut pengunjung dengan ramah.',
    en: 'Local people have looked after this place since {year} and welcome visitors warmly.',
  },
  {
    id: 'Dari sini terlihat hamparan Danau Toba yang luas dan perbukitan hijau di seberangnya.',
    en: 'From here you look out over the wide expanse of Lake Toba and the green hills beyond.',
  },
  {
    id: 'Di sekitar lokasi terdapat {thing} yang menarik untuk difoto.',
    en: 'Around the site there are {thing} that make good photographs.',
  },
  {
    id: 'Waktu terbaik untuk berkunjung adalah {time}, ketika udara sejuk dan cahaya lembut.',
    en: 'The best time to visit is {time}, when the air is cool and the light soft.',
  },
  {
    id: 'Jalan menuju lokasi sebagian sudah beraspal, tetapi beberapa ratus meter terakhir masih berupa jalan tanah.',
    en: 'The road is mostly paved, but the last few hundred metres are still a dirt track.',
  },
  {
    id: 'Pengunjung bisa mencicipi {food} di warung milik warga tidak jauh dari pintu masuk.',
    en: 'Visitors can try {food} at family-run stalls near the entrance.',
  },
  {
    id: 'Tempat ini ramai pada {time}, jadi datanglah lebih awal jika ingin suasana tenang.',
    en: 'It gets busy {time}, so come early if you want peace and quiet.',
  },
  {
    id: 'Sekitar {n} keluarga di desa ini hidup dari bertani, menenun dan melayani wisatawan.',
    en: 'Some {n} families in the village live from farming, weaving and looking after visitors.',
  },
  {
    id: 'Cerita turun-temurun menyebut tempat ini sebagai lokasi pertemuan para raja huta pada masa lalu.',
    en: 'Local tradition says the village chiefs once met here to settle disputes.',
  },
  {
    id: 'Bawalah air minum, topi dan jaket tipis, karena cuaca di tepi danau cepat berubah.',
    en: 'Bring water, a hat and a light jacket: the weather by the lake changes quickly.',
  },
  {
    id: 'Anak-anak bisa bermain dengan aman di area yang datar, tetapi tetap perlu diawasi.',
    en: 'Children can play safely on the flat ground, but keep an eye on them.',
  },
  {
    id: 'Sinyal telepon di lokasi lemah, jadi unduh peta sebelum berangkat.',
    en: 'Phone signal on site is weak, so download a map before you set off.',
  },
  {
    id: 'Pemandu lokal dapat dihubungi melalui kantor desa untuk tur singkat sekitar {n} menit.',
    en: 'Local guides can be booked through the village office for a short tour of about {n} minutes.',
  },
];

export const EVENT_SENTENCES: Pair[] = [
  {
    id: '{name} digelar di Kecamatan {district} dan menarik ribuan penonton dari seluruh Kawasan Danau Toba.',
    en: '{name} takes place in {district} district and draws thousands of spectators from around Lake Toba.',
  },
  {
    id: 'Acara dibuka dengan tortor dan gondang sabangunan, lalu dilanjutkan dengan lomba antardesa.',
    en: 'It opens with tortor dancing and gondang music, followed by contests between villages.',
  },
  {
    id: 'Panitia menyiapkan {n} stan untuk pelaku UMKM yang menjual {food} dan kerajinan tangan.',
    en: 'The organisers set up {n} stalls for small businesses selling {food} and handicrafts.',
  },
  {
    id: 'Tahun {year} acara ini dihadiri bupati dan tamu dari kabupaten tetangga.',
    en: 'In {year} the regent and guests from neighbouring regencies attended.',
  },
  { id: 'Penonton disarankan datang {time} agar mendapat tempat di dekat panggung.', en: 'Come {time} to find a spot near the stage.' },
  {
    id: 'Jadwal bisa berubah; periksa pengumuman resmi pemerintah kabupaten sebelum berangkat.',
    en: "The schedule may change; check the regency's official announcements before you travel.",
  },
  {
    id: 'Selama acara, jalan utama di sekitar lokasi ditutup dan parkir dipindahkan ke lapangan desa.',
    en: 'During the event the main road nearby is closed and parking moves to the village field.',
  },
  {
    id: 'Para penenun memamerkan {thing} dan menjelaskan makna motif kepada pengunjung.',
    en: 'Weavers show {thing} and explain the meaning of the patterns to visitors.',
  },
];

export const PRODUCT_SENTENCES: Pair[] = [
  {
    id: '{name} dibuat oleh perajin dan petani di Kecamatan {district} dengan cara yang diwariskan turun-temurun.',
    en: '{name} is made by craftspeople and farmers in {district} district, in ways handed down the generations.',
  },
  {
    id: 'Sekitar {n} rumah tangga di Desa {village} menggantungkan penghasilan dari produk ini.',
    en: 'About {n} households in {village} village earn their living from it.',
  },
  {
    id: 'Harga bisa berbeda menurut musim dan ukuran; tanyakan langsung kepada penjual.',
    en: 'Prices vary with the season and size; ask the seller.',
  },
  { id: 'Produk ini cocok sebagai oleh-oleh karena ringan dan tahan lama.', en: 'It makes a good souvenir: light and long-lasting.' },
  {
    id: 'Sejak tahun {year}, kelompok usaha desa membantu pengemasan dan pemasaran.',
    en: 'Since {year} a village business group has helped with packaging and sales.',
  },
  {
    id: 'Di pasar Balige, produk ini dijual setiap hari pekan bersama {food}.',
    en: 'At Balige market it is sold every market day, alongside {food}.',
  },
  {
    id: 'Pengunjung bisa melihat proses pembuatannya {time} jika membuat janji lebih dulu.',
    en: 'Visitors can watch it being made {time} if they arrange it in advance.',
  },
];

export const HEADINGS: Record<'destinations' | 'events' | 'products', Pair[]> = {
  destinations: [
    { id: 'Yang bisa dilakukan', en: 'What to do' },
    { id: 'Cara ke sana', en: 'Getting there' },
  ],
  events: [
    { id: 'Rangkaian acara', en: 'Programme' },
    { id: 'Tips menonton', en: 'Tips for spectators' },
  ],
  products: [
    { id: 'Cara membuat', en: 'How it is made' },
    { id: 'Di mana membeli', en: 'Where to buy' },
  ],
};
