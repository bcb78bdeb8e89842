/** Polish words of references: `Kowalski J., Historia Turcji, Warszawa 2001, s. 45`. */
import type { BibliographyVocabulary } from '../bibliography.js';

export const bibliography: BibliographyVocabulary = {
  headings: ['bibliografia', 'literatura', 'źródła', 'źródła i literatura', 'wykaz literatury', 'przypisy i bibliografia'],
  pages: ['s', 'ss', 'str'],
  volume: ['t', 'tom', 'cz'],
  issue: ['nr', 'z'],
  extent: ['s', 'ss'],
  editors: ['red', 'oprac', 'tłum', 'przeł'],
  ibid: ['tamże', 'ibidem', 'tamze'],
  opCit: ['dz. cyt', 'op. cit', 'op. cyt'],
  noDate: ['b.r', 'b.d', 'brak daty', 'w druku'],
  etAl: ['i in', 'i in.', 'i inni'],
  and: ['i'],
  lead: ['zob', 'por'],
  urlLeads: ['dostęp', 'dostępny w internecie', 'online'],
  container: ['w'],
  places: ['warszawa', 'kraków', 'łódź', 'wrocław', 'poznań', 'lublin', 'gdańsk', 'toruń', 'katowice'],
  publisherWords: ['wydawnictwo', 'wydawnictwa', 'wyd', 'oficyna', 'państwowy instytut wydawniczy', 'pwn'],
};
