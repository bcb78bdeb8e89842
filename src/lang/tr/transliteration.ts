/**
 * Turkish letters (and the Azerbaijani, Polish and Czech-style letters met in the same
 * texts) in the plain Latin spelling an English or Russian transcription gives them:
 * `Paşa` → `pasha` (`паша`), `Çakmak` → `chakmak` (`Чакмак`), `Kâzım` → `kazim` (`Кязым`),
 * `Tekirdağ` → `tekirdag` (`Текирдаг`).
 * Lower-case letters; those whose accent changes nothing are left to the caller's accent stripping.
 */
export const turkishLetters: Readonly<Record<string, string>> = {
  ç: 'ch', ş: 'sh', ğ: 'g', ı: 'i', ə: 'e',
  č: 'ch', š: 'sh', ž: 'zh', ć: 'ch', ś: 's', ź: 'z', ż: 'zh', ł: 'l', đ: 'd',
  ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe',
};
