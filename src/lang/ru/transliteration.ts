/**
 * Russian (and the other Cyrillic alphabets of the region) in Latin letters, and Russian
 * words without their case endings.
 * `romanize` is for reading: the popular scheme English texts use (`Чичерин` → `Chicherin`).
 * `cyrillicLetters` is for comparing: one plain Latin spelling per lower-case letter, which the
 * resolver's spelling-blind key then folds together with the other schemes' spellings.
 * `russianStem` lets inflected names compare (`Южного Кавказа` with `Южный Кавказ`).
 */
import iuliia from 'iuliia';

export function romanize(text: string): string {
  return iuliia.translate(text, iuliia.WIKIPEDIA);
}

/**
 * Lower-case Cyrillic letters in Latin, as BGN/PCGN writes them (but `ё` as `е`, which most
 * texts print); Ukrainian, Belarusian and Azerbaijani letters included.
 */
export const cyrillicLetters: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u',
  ә: 'e', ғ: 'gh', җ: 'j', һ: 'h', ө: 'o', ү: 'u', ҹ: 'j', ҝ: 'g', ј: 'y', ҳ: 'h', қ: 'q', ң: 'ng',
};

export function hasCyrillic(text: string): boolean {
  return /[\u0400-\u04ff]/.test(text);
}

/**
 * Inflectional endings of Russian nouns and adjectives, longest first: what is left is a stem
 * shared by a name's cases (`Москве`, `Москвой`, `Москва` → `москв`; `край`, `края` → `кра`).
 */
const ENDINGS = [
  'иями', 'ями', 'ами', 'ыми', 'ими', 'ого', 'его', 'ому', 'ему', 'ией', 'иям', 'иях', 'ая', 'яя', 'ое', 'ее', 'ой', 'ей',
  'ую', 'юю', 'ый', 'ий', 'ым', 'им', 'ом', 'ем', 'ых', 'их', 'ые', 'ие', 'ия', 'ии', 'ию', 'ам', 'ям', 'ах', 'ях',
  'ы', 'и', 'а', 'я', 'у', 'ю', 'е', 'о', 'ь', 'й',
];

/** A lower-case Russian word without its case ending; at least three letters are kept. */
export function russianStem(word: string): string {
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= 3 && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}
