/**
 * What the name recognizer needs to know about Russian: the words around a name that tell
 * what it names. All entries are lower-case dictionary forms (az lemmas, `ё` written `е`).
 */

/** Honorifics that belong to the name they follow (`Энвер-паша`, `Юсуф Кемаль бей`): inside the span. */
export const honorifics: readonly string[] = ['паша', 'бей', 'бек', 'эфенди', 'хан', 'ага', 'ханум', 'оглы', 'мирза'];

/** Job titles, ranks and forms of address: kept apart from the name, in its `titles`. */
export const titles: readonly string[] = [
  'товарищ', 'тов', 'господин', 'г-н', 'гражданин', 'нарком', 'наркоминдел', 'наркомвоен', 'наркомнац', 'комиссар',
  'посол', 'полпред', 'представитель', 'консул', 'министр', 'премьер-министр', 'президент', 'председатель',
  'секретарь', 'генсек', 'генерал', 'маршал', 'полковник', 'командующий', 'главнокомандующий', 'командир',
  'адмирал', 'султан', 'халиф', 'шах', 'эмир', 'король', 'царь', 'император', 'князь', 'граф', 'профессор',
  'академик', 'вождь', 'лидер', 'руководитель', 'глава', 'заместитель', 'атташе', 'поверенный', 'уполномоченный',
  'делегат', 'военачальник', 'диктатор', 'великий визирь', 'визирь',
];

/**
 * Nouns that head the name of an organisation (`Центральный комитет`, `Великое Национальное Собрание`,
 * `Кавказское бюро`); the recognizer also takes words ending in `бюро` or `ком` (`Кавбюро`, `Азревком`).
 */
export const organisationHeads: readonly string[] = [
  'комитет', 'партия', 'собрание', 'комиссариат', 'наркомат', 'армия', 'архив', 'бюро', 'совет', 'фракция',
  'министерство', 'посольство', 'полпредство', 'консульство', 'конгресс', 'союз', 'лига', 'интернационал',
  'коминтерн', 'комсомол', 'дивизия', 'корпус', 'флот', 'общество', 'ассоциация', 'организация', 'отдел',
  'управление', 'ревком', 'исполком', 'крайком', 'обком', 'губком', 'президиум', 'комиссия', 'трибунал',
  'банк', 'университет', 'академия', 'институт', 'меджлис', 'парламент', 'дума', 'сенат', 'кабинет',
  'коллегия', 'штаб', 'агентство', 'библиотека', 'музей',
];

/** Single words that are organisations by themselves (az marks some `Orgn`, not these). */
export const organisationNames: readonly string[] = ['антанта', 'наркоминдел', 'коминтерн', 'комсомол', 'профинтерн', 'чк', 'вчк', 'гпу', 'огпу', 'совнарком', 'политбюро', 'оргбюро', 'меджлис'];

/** Endings of compound organisation words (`Кавбюро`, `Оргбюро`, `Азревком`, `Армревком`, `Нахкрайком`). */
export const organisationWordEndings: readonly string[] = ['бюро', 'ревком', 'исполком', 'крайком', 'обком', 'губком', 'партком'];

/** Capitalized only at the start of a sentence or a citation, never names: the months (`Август, 1921`). */
export const nonNames: readonly string[] = [
  'январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь',
];

/** Cardinal directions: places in az's dictionary, but `Западом`, `на Востоке` name no place by themselves. */
export const directions: readonly string[] = ['запад', 'восток', 'север', 'юг'];

/** Endings of place names (`Курдистан`, `Ашхабад`, `Ленинград`, `Севастополь`). */
export const placeEndings: readonly string[] = ['стан', 'абад', 'град', 'бург', 'поль', 'ополь'];

/**
 * Genitive phrases that complete an organisation's name in lower case (`Комиссариат иностранных дел`,
 * `Партия народных советов`): adjective + noun in the genitive plural after a capitalized head.
 * Only these nouns, so that `партия левого направления` stays a description.
 */
export const organisationComplements: readonly string[] = ['дело', 'совет', 'депутат', 'комиссар', 'общество', 'организация', 'национальность', 'политика', 'история', 'экономика', 'сношение', 'промышленность', 'просвещение', 'хозяйство'];

/** Common nouns that, after a capitalized adjective, make a place name (`Черное море`, `Малая Азия`). */
export const placeNouns: readonly string[] = [
  'море', 'река', 'озеро', 'пролив', 'залив', 'полуостров', 'гора', 'горы', 'хребет', 'остров', 'острова',
  'империя', 'республика', 'край', 'область', 'губерния', 'вилайет', 'санджак', 'округ', 'уезд', 'ханство',
  'королевство', 'федерация', 'плато', 'нагорье', 'долина', 'равнина', 'побережье',
];

/** Prepositions after which a capitalized word is most likely a place (`в Батуме`, `из Анкары`). */
export const placePrepositions: readonly string[] = ['в', 'во', 'из', 'изо', 'через', 'под', 'около', 'близ', 'возле', 'вблизи', 'до', 'на', 'от'];

/** Nouns announcing a periodical's title (`газета «Известия»`): the title names no person. */
export const periodicalCues: readonly string[] = ['газета', 'журнал', 'еженедельник', 'бюллетень', 'альманах'];

/** Nouns that announce a place name after them (`город Карс`, `р. Сакарья`, `улица Низами`). */
export const placeCues: readonly string[] = ['город', 'г', 'село', 'деревня', 'дер', 'поселок', 'пос', 'порт', 'улица', 'ул', 'река', 'р', 'озеро', 'оз', 'станция', 'ст', 'крепость', 'провинция', 'вилайет'];

/** Adjectives that make a state's name with a place even in lower case (`советская Россия`, `Советская Армения`). */
export const stateAdjectives: readonly string[] = ['советский'];

/** Parts of a body named by the body they belong to: `Президиум Совета Народов Востока` is the Council's. */
export const organisationParts: readonly string[] = ['президиум', 'пленум', 'фракция', 'заседание'];

/** A government is an organisation when named after a town (`анкарское правительство`), not after a people (`советское правительство`). */
export const governmentNouns: readonly string[] = ['правительство', 'кабинет'];

/** Events, treaties and questions: capitalized adjective + one of these is no organisation (`Лондонской конференции`). */
export const eventNouns: readonly string[] = ['конференция', 'война', 'революция', 'договор', 'соглашение', 'операция', 'битва', 'сражение', 'кампания', 'вопрос', 'мир', 'переговоры', 'съезд', 'восстание'];

/** Abbreviations that name the states of the period and are places, not organisations. */
export const stateAbbreviations: readonly string[] = ['ссср', 'рсфср', 'зсфср', 'усср', 'бсср', 'сша', 'сср', 'рф'];
