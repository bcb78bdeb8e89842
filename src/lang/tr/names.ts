/**
 * Turkish words that shape names, as Turkish writes them in a name (capitalized, with the
 * possessive suffix a compound takes: `Büyük Millet Meclisi`, `Moskova Antlaşması`). The
 * recognizer reads them beside the English lists for every Latin-script word.
 */

/** Name-bound honorifics: part of the name (`Kazım Karabekir Paşa`, `Yusuf Kemal Bey`). */
export const honorifics: readonly string[] = ['Paşa', 'Bey', 'Efendi', 'Ağa', 'Hanım', 'Oğlu', 'Hazretleri'];

/** Ranks and offices, kept apart from the name. */
export const titles: readonly string[] = [
  'Gazi', 'Mareşal', 'Başkomutan', 'Sadrazam', 'Vekil', 'Büyükelçi', 'Sefir', 'Bakan', 'Başbakan', 'Cumhurbaşkanı',
  'Miralay', 'Kaymakam', 'Binbaşı', 'Yüzbaşı', 'Albay', 'Tuğgeneral', 'Korgeneral', 'Orgeneral', 'Komutan', 'Hoca',
];

/** Nouns that end an organisation's name. */
export const organisationHeads: readonly string[] = [
  'Meclis', 'Meclisi', 'Cemiyeti', 'Fırkası', 'Partisi', 'Ordusu', 'Kolordusu', 'Tümeni', 'Cephesi', 'Bakanlığı',
  'Vekâleti', 'Vekaleti', 'Heyeti', 'Komitesi', 'Kurumu', 'Arşivi', 'Üniversitesi', 'Enstitüsü', 'Bankası', 'Cemiyet',
];

/** Treaties, wars and meetings: the names inside them are no organisation (`Moskova Antlaşması`). */
export const eventNouns: readonly string[] = [
  'Antlaşması', 'Andlaşması', 'Anlaşması', 'Muahedesi', 'Muahedenamesi', 'Konferansı', 'Kongresi', 'Savaşı', 'Harbi',
  'Muharebesi', 'Mütarekesi', 'Mütarekenamesi', 'İsyanı', 'İhtilali', 'Devrimi', 'Protokolü',
];

/** Nouns that make a place's name with the words before them (`Karadeniz Bölgesi`, `Osmanlı İmparatorluğu`). */
export const placeHeads: readonly string[] = [
  'Denizi', 'Boğazı', 'Nehri', 'Gölü', 'Körfezi', 'Dağı', 'Dağları', 'Adası', 'Yarımadası', 'Cumhuriyeti',
  'İmparatorluğu', 'Vilayeti', 'Sancağı', 'Ovası', 'Bölgesi',
];

/** Nouns announcing a periodical's title (`Vakit gazetesi` comes after it, `gazete Vakit` before). */
export const periodicalCues: readonly string[] = ['gazete', 'gazetesi', 'dergi', 'dergisi', 'mecmua', 'mecmuası'];

/** A government named after its seat is an organisation (`Ankara Hükümeti`). */
export const governmentNouns: readonly string[] = ['Hükümeti', 'Kabinesi'];

/** Peoples, capitalized but no place or person (`Türk heyeti`, `Ermeni kuvvetleri`). */
export const peoples: readonly string[] = ['Türk', 'Ermeni', 'Rum', 'Kürt', 'Gürcü', 'Rus', 'Yunan', 'Arap', 'Acem', 'Bolşevik', 'Osmanlı', 'Azeri', 'Çerkez', 'Laz'];
