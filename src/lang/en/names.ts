/**
 * What the name recognizer needs to know about English (and Latin-script names in general):
 * the words around a name that tell what it names. Entries are as written in running text.
 */

/** Honorifics that belong to the name they follow (`Enver Pasha`, `Yusuf Kemal Bey`, `Mirza Kuchuk Khan`): inside the span. */
export const honorifics: readonly string[] = ['Pasha', 'Pacha', 'Bey', 'Beg', 'Efendi', 'Effendi', 'Khan', 'Agha', 'Hanoum', 'Oglu'];

/** Job titles, ranks and forms of address: kept apart from the name, in its `titles`. */
export const titles: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Miss', 'Sir', 'Lord', 'Lady', 'Dr', 'Prof', 'Professor', 'Comrade', 'General', 'Gen', 'Marshal',
  'Marshall', 'Colonel', 'Col', 'Major', 'Captain', 'Capt', 'Lieutenant', 'Admiral', 'Commander', 'President',
  'Premier', 'Minister', 'Ambassador', 'Envoy', 'Consul', 'Commissar', 'Secretary', 'Chairman', 'Senator',
  'King', 'Queen', 'Sultan', 'Caliph', 'Shah', 'Emir', 'Prince', 'Count', 'Tsar', 'Czar', 'Kaiser', 'Pope',
  'Father', 'Saint', 'PhD',
];

/** Capitalized words that are never names on their own: months, weekdays, pronouns, and the like. */
export const nonNames: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'I', 'The', 'A', 'An',
  'Abstract', 'Introduction', 'Conclusion', 'Bibliography', 'References', 'Notes', 'Chapter', 'Vol', 'No', 'Available',
  'Download', 'Print', 'Home', 'Page', 'PDF', 'Key', 'WWI', 'WWII', 'II', 'III', 'IV', 'Ibid', 'Op', 'Cit',
];

/**
 * Nouns that head the name of an organisation (`Grand National Assembly`, `Red Army`, `Foreign Office`,
 * and the Turkish `Türk Tarih Kurumu`, `Cemiyeti`, `Fırkası`).
 */
export const organisationHeads: readonly string[] = [
  'Assembly', 'Party', 'Committee', 'Army', 'Navy', 'Fleet', 'Council', 'Commissariat', 'Ministry', 'Office',
  'Bureau', 'League', 'Alliance', 'International', 'University', 'Institute',
  'Archive', 'Archives', 'Administration', 'Agency', 'Bank', 'Society', 'Association', 'Organization',
  'Organisation', 'Division', 'Corps', 'Cabinet', 'Parliament', 'Duma', 'Senate', 'Presidium', 'Commission', 'Academy',
  'Library', 'Museum',
];

/** Single words that are organisations by themselves. */
export const organisationNames: readonly string[] = ['Entente', 'Comintern', 'Cheka', 'Politburo', 'Orgburo', 'Sovnarkom', 'Narkomindel', 'Mejlis'];

/** Endings of place names (`Kurdistan`, `Ashgabad`, `Leningrad`, `Sevastopol`). */
export const placeEndings: readonly string[] = ['stan', 'abad', 'grad', 'burg', 'opol', 'opolis'];

/** Events and treaties: a capitalized run that starts or ends with one names no organisation (`Treaty of Sevres`, `Sivas Congress` → only `Sivas`). */
export const eventNouns: readonly string[] = ['Treaty', 'War', 'Battle', 'Conference', 'Congress', 'Revolution', 'Agreement', 'Pact', 'Peace', 'Armistice', 'Campaign', 'Question', 'Decree', 'Declaration', 'Operation'];

/** Words that make a region's name with a place (`Eastern Anatolia`, `East Anatolia`). */
export const placeModifiers: readonly string[] = ['East', 'West', 'North', 'South', 'Eastern', 'Western', 'Northern', 'Southern', 'Central', 'Upper', 'Lower', 'Greater', 'Inner', 'Outer'];

/** Nouns that make a place name with the capitalized words around them (`Black Sea`, `Sea of Marmara`, `Ottoman Empire`). */
export const placeHeads: readonly string[] = [
  'Sea', 'Ocean', 'River', 'Lake', 'Strait', 'Straits', 'Gulf', 'Bay', 'Peninsula', 'Mountains', 'Island', 'Islands',
  'Empire', 'Republic', 'Kingdom', 'Khanate', 'Emirate', 'Sultanate', 'Federation', 'Province', 'Vilayet', 'Region',
  'Valley', 'Plateau', 'Coast', 'Mandate', 'SSR', 'SFSR',
];

/** Prepositions after which a capitalized word is most likely a place (`in Kars`, `to Moscow`). */
export const placePrepositions: readonly string[] = ['in', 'to', 'from', 'at', 'near', 'into', 'toward', 'towards', 'across', 'through', 'via'];

/** Nouns that announce a place name after them (`the village of Inonu`, `port of Tekirdag`, `street Zahid Khalilov`). */
/** Nouns announcing a periodical's title (`the newspaper “Vakit”`): the title names no person. */
export const periodicalCues: readonly string[] = ['newspaper', 'newspapers', 'journal', 'magazine', 'daily', 'weekly', 'gazette', 'organ'];

export const placeCues: readonly string[] = ['city', 'town', 'village', 'port', 'street', 'avenue', 'province', 'district', 'region', 'river', 'island', 'fortress', 'valley'];

/** States of the period written as abbreviations: places, not organisations. */
export const stateAbbreviations: readonly string[] = ['USSR', 'RSFSR', 'USA', 'UK', 'SSR', 'SFSR', 'TSFSR', 'ZSFSR', 'UAR'];

/** Adjectives that make a state's name with a place (`Soviet Russia`, `Soviet Armenia`). */
export const stateAdjectives: readonly string[] = ['Soviet'];

/** Parts of a body named by the body they belong to (`Presidium of the Council` is the Council's). */
export const organisationParts: readonly string[] = ['Presidium', 'Plenum', 'Faction'];

/** A government is an organisation when named after a town (`Ankara government`), not after a people or country (`Turkish Government`). */
export const governmentNouns: readonly string[] = ['Government', 'Cabinet'];

/** Small words inside multiword names (`Union and Progress`, `Sea of Marmara`, `Peoples of the East`). */
export const nameConnectors: readonly string[] = ['of', 'and', 'the', 'for', 'de', 've', 'du', 'la', 'von', 'van', 'al', 'el', 'ibn', 'bin'];

/**
 * Continents, parts of the world and regions that the curated places of the period
 * (`src/lang/historical-places.ts`) leave out, having no single position to map.
 */
export const places: readonly string[] = ['Far East', 'Africa', 'America', 'Eurasia', 'Scotland', 'Wales', 'Ireland', 'Prussia', 'Bavaria', 'Kremlin'];

/** Peoples and movements, capitalized in English but not places or persons (`Turks`, `Bolsheviks`, `Kamalists`). */
export const peoples: readonly string[] = [
  'Turk', 'Arab', 'Kurd', 'Greek', 'Armenian', 'Georgian', 'Azerbaijani', 'Azeri', 'Persian', 'Russian', 'Soviet',
  'Ottoman', 'Bolshevik', 'Menshevik', 'Kamalist', 'Kemalist', 'Unionist', 'Nationalist', 'Muslim', 'Moslem',
  'Christian', 'Jew', 'Assyrian', 'Caucasian', 'Anatolian', 'Tatar', 'Cossack', 'Red', 'White', 'Ally', 'Allies',
  'Young Turk', 'Basmachi', 'Molokan', 'Dashnak', 'Communist', 'Socialist', 'European', 'Asian', 'African', 'American',
  'Islamic', 'Hellenic', 'Arabic', 'Turkic', 'Slavic', 'Slav', 'Imperialist', 'Pan-Islamic', 'Pan-Turkic',
];
