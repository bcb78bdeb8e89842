/** Turkish words of references: `Akşin, A. (1991). Atatürk'ün Dış Politika İlkeleri. Ankara: Türk Tarih Kurumu Yayınları, s. 36`. */
import type { BibliographyVocabulary } from '../bibliography.js';

export const bibliography: BibliographyVocabulary = {
  headings: ['kaynakça', 'kaynaklar', 'bibliyografya', 'kaynak', 'yararlanılan kaynaklar'],
  pages: ['s', 'ss', 'sayfa'],
  volume: ['c', 'cilt'],
  issue: ['sayı'],
  extent: ['s', 'ss', 'sayfa'],
  editors: ['haz', 'hazırlayan', 'ed', 'çev', 'çeviren'],
  ibid: ['aynı eser', 'aynı yer'],
  opCit: ['a.g.e', 'a.g.m', 'a.g.y'],
  noDate: ['t.y', 'tarihsiz', 'baskıda'],
  etAl: ['vd', 'vd.', 've diğ', 've diğerleri'],
  and: ['ve'],
  lead: ['bkz', 'bakınız'],
  urlLeads: ['erişim', 'erişim adresi', 'çevrimiçi'],
  container: ['içinde'],
  places: ['istanbul', 'i̇stanbul', 'ankara', 'izmir', 'i̇zmir', 'konya', 'bursa', 'erzurum', 'trabzon'],
  publisherWords: ['yayınları', 'yayınevi', 'yayın', 'yayıncılık', 'kitabevi', 'basımevi', 'matbaası', 'kurumu', 'kitapları'],
};
