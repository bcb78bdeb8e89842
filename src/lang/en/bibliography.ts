/** English words of references: `(Hirst 2013: 10)`, `Hirst, S. J. (2013). Title. Slavic Review, 72(1), pp. 32–53`. */
import type { BibliographyVocabulary } from '../bibliography.js';

export const bibliography: BibliographyVocabulary = {
  headings: [
    'bibliography', 'references', 'reference list', 'literature', 'works cited', 'sources', 'sources and literature',
    'select bibliography', 'selected bibliography', 'further reading', 'primary sources', 'secondary sources', 'sources and references',
  ],
  pages: ['p', 'pp', 'page', 'pages'],
  volume: ['vol', 'vols', 'volume', 'pt', 'part', 'bk', 'book'],
  issue: ['no', 'nos', 'issue', 'n', '№'],
  extent: ['p', 'pp', 'pages'],
  editors: ['ed', 'eds', 'ed. by', 'edited by', 'trans', 'translated by', 'comp', 'compiled by'],
  ibid: ['ibid', 'ibidem', 'idem'],
  opCit: ['op. cit', 'op cit', 'loc. cit', 'cited above'],
  noDate: ['n.d', 'n. d', 'no date', 'undated', 'online', 'forthcoming'],
  etAl: ['et al', 'et al.', 'and others'],
  and: ['and', '&'],
  lead: ['see', 'see also', 'cf', 'quoted in', 'cited in'],
  urlLeads: ['available from', 'available at', 'available online', 'url', 'retrieved from', 'accessed', 'online'],
  container: ['in', '[in', 'in:'],
  places: [
    'london', 'new york', 'oxford', 'cambridge', 'princeton', 'new jersey', 'chicago', 'boston', 'berkeley', 'los angeles',
    'stanford', 'new haven', 'washington', 'baltimore', 'philadelphia', 'edinburgh', 'manchester', 'leiden', 'paris',
    'berlin', 'vienna', 'munich', 'amsterdam', 'basingstoke', 'abingdon', 'bloomington', 'ithaca', 'toronto', 'london and new york',
  ],
  publisherWords: [
    'press', 'publishers', 'publisher', 'publishing', 'publications', 'books', 'university', 'institute', 'verlag', 'editions',
    'routledge', 'macmillan', 'palgrave', 'blackwell', 'longman', 'penguin', 'brill', 'tauris', 'springer', 'norton', 'knopf', 'sons',
  ],
};
