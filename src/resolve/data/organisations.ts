/**
 * Organisations of the period under their names in Russian, English, Turkish and Polish:
 * the only way a translated name (`Великое национальное собрание Турции` = `Grand National
 * Assembly of Turkey` = `TBMM`) is joined to another, since translation is not spelling.
 * Abbreviations of a listed name in the same language need no entry.
 */
export interface CuratedOrganisation {
  /** The English name historians use. */
  label: string;
  names: readonly string[];
}

export const historicalOrganisations: readonly CuratedOrganisation[] = [
  {
    label: 'Grand National Assembly of Turkey',
    names: [
      'Великое национальное собрание Турции', 'ВНСТ', 'Великое национальное собрание', 'Великое турецкое национальное собрание',
      'Grand National Assembly of Turkey', 'Turkish Grand National Assembly', 'Grand National Assembly', 'GNAT', 'TGNA',
      'Türkiye Büyük Millet Meclisi', 'Büyük Millet Meclisi', 'TBMM', 'Wielkie Zgromadzenie Narodowe Turcji',
    ],
  },
  {
    label: 'Ankara government',
    names: ['Анкарское правительство', 'Ангорское правительство', 'Ankara government', 'Angora government', 'Ankara Hükümeti', 'Rząd w Ankarze'],
  },
  { label: 'Entente', names: ['Антанта', 'Entente', 'Triple Entente', 'Entente Powers', 'İtilaf Devletleri', 'Ententa'] },
  { label: 'Red Army', names: ['Красная армия', 'Рабоче-крестьянская Красная армия', 'РККА', 'Red Army', "Workers' and Peasants' Red Army", 'Kızıl Ordu', 'Armia Czerwona'] },
  {
    label: 'Committee of Union and Progress',
    names: [
      'Единение и прогресс', 'Комитет «Единение и прогресс»', 'Единение и Прогресс', 'Иттихад ве теракки', 'Committee of Union and Progress',
      'Union and Progress', 'Unity and Progress', 'CUP', 'İttihat ve Terakki', 'İttihat ve Terakki Cemiyeti', 'Ittihad ve Terakki',
      'Komitet Jedności i Postępu',
    ],
  },
  {
    label: "People's Commissariat for Foreign Affairs",
    names: [
      'Народный комиссариат иностранных дел', 'Наркоминдел', 'НКИД', 'НКИД РСФСР', 'Комиссариат иностранных дел',
      "People's Commissariat for Foreign Affairs", 'Commissariat for Foreign Affairs', 'Narkomindel', 'NKID',
      'Ludowy Komisariat Spraw Zagranicznych',
    ],
  },
  {
    label: 'Russian Communist Party (Bolsheviks)',
    names: ['Российская коммунистическая партия (большевиков)', 'РКП(б)', 'РКП', 'Russian Communist Party', 'RCP(b)', 'Bolshevik Party', 'Партия большевиков', 'Rosyjska Partia Komunistyczna'],
  },
  {
    label: 'Caucasian Bureau of the Central Committee of the RCP(b)',
    names: ['Кавказское бюро ЦК РКП(б)', 'Кавбюро ЦК РКП(б)', 'Кавбюро', 'Кавказское бюро', 'Caucasian Bureau', 'Kavburo', 'Caucasian Bureau of the Central Committee'],
  },
  { label: 'Communist International', names: ['Коммунистический интернационал', 'Коминтерн', 'Третий интернационал', 'Communist International', 'Comintern', 'Third International', 'Komintern'] },
  { label: 'Cheka', names: ['Всероссийская чрезвычайная комиссия', 'ВЧК', 'ЧК', 'Cheka', 'Vecheka', 'All-Russian Extraordinary Commission', 'Czeka'] },
  { label: 'League of Nations', names: ['Лига Наций', 'League of Nations', 'Cemiyet-i Akvam', 'Milletler Cemiyeti', 'Liga Narodów', 'Société des Nations'] },
  { label: 'Sublime Porte', names: ['Высокая Порта', 'Блистательная Порта', 'Порта', 'Sublime Porte', 'Porte', 'Ottoman Porte', 'Bâb-ı Âli', 'Babıali', 'Wysoka Porta'] },
  { label: "Council of People's Commissars", names: ['Совет народных комиссаров', 'Совнарком', 'СНК', "Council of People's Commissars", 'Sovnarkom', 'Rada Komisarzy Ludowych'] },
  {
    label: 'Communist Party of Turkey',
    names: ['Коммунистическая партия Турции', 'Турецкая коммунистическая партия', 'Communist Party of Turkey', 'Turkish Communist Party', 'Türkiye Komünist Partisi', 'TKP'],
  },
  { label: 'Armenian Revolutionary Federation', names: ['Дашнакцутюн', 'Армянская революционная федерация', 'Armenian Revolutionary Federation', 'Dashnaktsutyun', 'Dashnak Party', 'ARF', 'Taşnaksutyun'] },
  { label: 'Musavat', names: ['Мусават', 'Musavat', 'Müsavat', 'Musavat Party'] },
  { label: 'Congress of the Peoples of the East', names: ['Съезд народов Востока', 'Congress of the Peoples of the East', 'First Congress of the Peoples of the East', 'Baku Congress', 'Bakü Kongresi'] },
  {
    label: 'Council for Propaganda and Action of the Peoples of the East',
    names: ['Совет пропаганды и действия народов Востока', 'Council for Propaganda and Action of the Peoples of the East', 'Council of Action and Propaganda'],
  },
  { label: 'Allied Powers', names: ['Союзники', 'Allied Powers', 'Allies', 'Müttefikler', 'Alianci'] },
  { label: 'Central Powers', names: ['Центральные державы', 'Четверной союз', 'Central Powers', 'Quadruple Alliance', 'İttifak Devletleri', 'Państwa centralne'] },
  { label: 'Foreign Office', names: ['Форин-офис', 'Foreign Office', 'British Foreign Office', 'Министерство иностранных дел Великобритании'] },
  { label: 'Archive of Foreign Policy of the Russian Federation', names: ['Архив внешней политики Российской Федерации', 'АВП РФ', 'АВПРФ', 'Archive of Foreign Policy of the Russian Federation', 'AVP RF'] },
  { label: 'Russian State Archive of Socio-Political History', names: ['Российский государственный архив социально-политической истории', 'РГАСПИ', 'Russian State Archive of Socio-Political History', 'RGASPI'] },
];
