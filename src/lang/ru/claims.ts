/** Russian words of claims: `Всего … 10 млн`, `Последний денежный взнос … 3,5 млн`, `первая партия`. */
import type { ClaimVocabulary } from '../claims.js';

export const claims: ClaimVocabulary = {
  total: new Set(['всего', 'итого', 'общей сложности', 'общая сумма', 'общую сумму', 'общей суммой']),
  parts: ['взнос', 'транш', 'партия', 'партии', 'партию', 'партией', 'партиями', 'партиях', 'выплат', 'част', 'доля', 'доли', 'долю', 'долями'],
  inParts: ['ами', 'ями'],
  ordinals: [
    ['перв', 'first'], ['втор', 'second'], ['трет', 'third'], ['четверт', 'fourth'], ['пят', 'fifth'],
    ['последн', 'last'], ['заключительн', 'last'], ['окончательн', 'last'],
  ],
  // `первая партия из 10 тыс. винтовок` is a batch of that size: Russian says the whole otherwise.
  wholeOf: new Set(),
  definite: new Set(),
  money: new Set(['деньги', 'средство', 'сумма']),
};
