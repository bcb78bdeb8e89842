import type { SentenceAbbreviations } from '../abbreviations.js';

export const abbreviations: SentenceAbbreviations = {
  prefix: [
    'tzw', 'np', 'tj', 'm.in', 'ok', 'ul', 'pl', 'prof', 'doc', 'mgr', 'inż', 'gen', 'płk', 'ks', 'św',
    'im', 'zob', 'por', 'przyp', 'red', 'tłum', 'oprac', 'wyd', 'pt', 'ang', 'franc', 'niem', 'ros', 'tur', 'łac',
    'b', 'tow', 'min', 'woj', 'pow', 'gm', 'dyr', 'prez', 'pos', 'sen',
  ],
  numbered: ['s', 't', 'nr', 'poz', 'z', 'cz', 'rozdz', 'art', 'ust', 'pkt', 'vol', 'k'],
  terminal: ['r', 'rr', 'w', 'ww', 'itd', 'itp', 'in', 'tys', 'mln', 'mld', 'zł', 'gr', 'km', 'n.e', 'p.n.e', 'wg'],
  sentenceOpeners: [
    'W', 'We', 'Na', 'Po', 'Od', 'Do', 'Z', 'Ze', 'Za', 'Przez', 'Przy', 'Dla', 'O', 'U', 'A', 'Ale',
    'I', 'Jednak', 'Jednocześnie', 'Natomiast', 'Także', 'Również', 'Wtedy', 'Potem', 'Następnie',
    'To', 'Ten', 'Ta', 'Te', 'Ci', 'On', 'Ona', 'Oni', 'One', 'Jego', 'Jej', 'Ich', 'My', 'Wy', 'Ja',
    'Tak', 'Gdy', 'Kiedy', 'Jeśli', 'Choć', 'Chociaż', 'Dlatego',
  ],
};
