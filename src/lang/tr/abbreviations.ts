import type { SentenceAbbreviations } from '../abbreviations.js';

export const abbreviations: SentenceAbbreviations = {
  prefix: ['dr', 'prof', 'doç', 'yrd', 'av', 'bkz', 'çev', 'haz', 'ed', 'yay', 'örn', 'krş', 'alb', 'gen', 'org', 'sok', 'cad', 'mah', 'bk'],
  numbered: ['s', 'ss', 'c', 'sy', 'no', 'nr', 'md'],
  terminal: ['vb', 'vs', 'yy', 'y', 'vd', 'a.g.e', 'a.g.m', 'm.ö', 'm.s', 'km', 'tl'],
  sentenceOpeners: [
    'Bu', 'Şu', 'O', 'Bunlar', 'Onlar', 'Bir', 'Ancak', 'Fakat', 'Ama', 'Ve', 'Daha', 'Sonra', 'Bunun',
    'Böylece', 'Bununla', 'Bunu', 'Onun', 'Biz', 'Ben', 'Siz', 'Her', 'Hem', 'Ayrıca', 'Oysa', 'Çünkü',
    'Yani', 'Nitekim', 'Dolayısıyla', 'İlk', 'Aynı', 'Bugün', 'Şimdi', 'Öte', 'Ne', 'Hiç',
  ],
};
