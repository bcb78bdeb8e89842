import type { SentenceAbbreviations } from '../abbreviations.js';

export const abbreviations: SentenceAbbreviations = {
  prefix: [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'hon', 'gen', 'col', 'capt', 'lt', 'maj', 'sgt', 'adm', 'gov',
    'sen', 'rep', 'st', 'mt', 'ft', 'e.g', 'i.e', 'cf', 'vs', 'viz', 'ca', 'approx', 'ed', 'eds', 'trans',
    'transl', 'comp', 'repr', 'esp', 'incl', 'jr', 'sr', 'messrs', 'fig', 'figs',
  ],
  numbered: ['vol', 'vols', 'no', 'nos', 'p', 'pp', 'ch', 'chap', 'sec', 'art', 'para', 'n', 'nn', 'f', 'ff', 'op', 'fol', 'ser', 'pt', 'l', 'll'],
  terminal: ['etc', 'al', 'inc', 'ltd', 'co', 'corp', 'bros', 'a.m', 'p.m', 'b.c', 'a.d', 'u.s', 'u.k', 'u.s.a', 'u.s.s.r', 'n.d'],
  sentenceOpeners: [
    'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'His',
    'Her', 'Their', 'Its', 'Our', 'There', 'Here', 'In', 'On', 'At', 'By', 'For', 'From', 'To', 'With',
    'After', 'Before', 'During', 'Since', 'When', 'While', 'If', 'As', 'But', 'And', 'Or', 'So', 'Yet',
    'However', 'Thus', 'Then', 'Therefore', 'Meanwhile', 'Moreover', 'Furthermore', 'Instead', 'Although',
    'Though', 'Nevertheless', 'Still', 'Also', 'Such', 'Some', 'Many', 'Most', 'All', 'Both', 'Each', 'No',
    'Not', 'One', 'Today', 'Later', 'Soon',
  ],
};
