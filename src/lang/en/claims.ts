/** English words of claims: `in total`, `the last installment of 10 000 000`, `a first tranche`. */
import type { ClaimVocabulary } from '../claims.js';

export const claims: ClaimVocabulary = {
  total: new Set(['total', 'totalling', 'totaling', 'altogether', 'overall', 'in all']),
  parts: ['installment', 'instalment', 'tranche', 'portion', 'batch', 'shipment', 'consignment', 'payment'],
  inParts: ['s'],
  ordinals: [
    ['first', 'first'], ['second', 'second'], ['third', 'third'], ['fourth', 'fourth'], ['fifth', 'fifth'],
    ['last', 'last'], ['final', 'last'],
  ],
  additional: new Set(['another', 'further', 'additional']),
  wholeOf: new Set(['of']),
  definite: new Set(['the']),
  money: new Set(['money', 'fund', 'cash', 'sum']),
  common: [
    'about', 'above', 'after', 'again', 'against', 'along', 'already', 'although', 'among', 'another', 'around', 'because',
    'before', 'being', 'below', 'between', 'beyond', 'could', 'during', 'either', 'every', 'first', 'former', 'further',
    'however', 'later', 'latter', 'might', 'never', 'other', 'since', 'still', 'their', 'there', 'these', 'those', 'though',
    'through', 'under', 'until', 'where', 'whether', 'which', 'while', 'within', 'without', 'would', 'should', 'years',
  ],
};
