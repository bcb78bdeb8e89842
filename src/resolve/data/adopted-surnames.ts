/**
 * Surnames Turkish statesmen and commanders took under the Surname Law of 1934, with the
 * names they were known by before it: sources of 1919–1923 write `Мустафа Кемаль-паша`,
 * `Ali Fuat Paşa`, `Юсуф Кемаль-бей`, later ones `Atatürk`, `Cebesoy`, `Tengirşenk`.
 * `before` lists the earlier names, fullest first; a one-word earlier name counts only
 * with an honorific (`Halil Pasha`), being too common alone.
 */
export interface AdoptedSurname {
  before: readonly string[];
  surname: string;
}

export const adoptedSurnames: readonly AdoptedSurname[] = [
  { before: ['Mustafa Kemal'], surname: 'Atatürk' },
  { before: ['İsmet'], surname: 'İnönü' },
  { before: ['Mustafa Fevzi', 'Fevzi'], surname: 'Çakmak' },
  { before: ['Musa Kâzım', 'Kâzım'], surname: 'Karabekir' },
  { before: ['Ali Fuat'], surname: 'Cebesoy' },
  { before: ['Hüseyin Rauf', 'Rauf'], surname: 'Orbay' },
  { before: ['Refet'], surname: 'Bele' },
  { before: ['Yusuf Kemal'], surname: 'Tengirşenk' },
  { before: ['Bekir Sami'], surname: 'Kunduh' },
  { before: ['Mahmut Celâl', 'Celâl'], surname: 'Bayar' },
  { before: ['Ali Fethi', 'Fethi'], surname: 'Okyar' },
  { before: ['Ahmet Muhtar'], surname: 'Mollaoğlu' },
  { before: ['Tevfik Rüştü'], surname: 'Aras' },
  { before: ['Mahmut Esat'], surname: 'Bozkurt' },
  { before: ['Cafer Tayyar'], surname: 'Eğilmez' },
  { before: ['Ali İhsan'], surname: 'Sâbis' },
  { before: ['Halil'], surname: 'Kut' },
  { before: ['Nurettin'], surname: 'Konyar' },
  { before: ['Fahrettin'], surname: 'Altay' },
];
