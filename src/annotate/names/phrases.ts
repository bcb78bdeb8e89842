/**
 * The phrases of a passage that name someone or something, found left to right over its
 * tokens. At each token the reader tries, in order:
 *  1. an organisation: capitalized modifiers + a head noun (`Великого Национального Собрания`,
 *     `Red Army`, `6-й Османской армией`), an abbreviation (`НКИД`, `ЦК АКП(б)`), a name in
 *     quotes after a party (`партии "Единение и прогресс"`), with what completes it
 *     (`иностранных дел`, `ЦК РКП(б)`, a place in the genitive: `МИД Франции`);
 *  2. a place phrase: adjective + place (`Советской России`, `Черноморском побережье`,
 *     `Sea of Marmora`, `Eastern Anatolia`, `ССР Армении`);
 *  3. a name: initials, capitalized words, name-bound honorifics (`М.Д.Гусейнову`,
 *     `Али Фуат-паше`, `Enver Pasha`, `Hirst S.J.`), typed from its evidence.
 * Each phrase carries evidence for each type; the recognizer weighs weak evidence with what
 * the rest of the document says about the same name.
 */
import type { EntityType } from '../../model.js';
import { knownPlacePhrase, PLACE_LIKELY, PLACE_METROPOLIS, placeStrength } from './gazetteer.js';
import { resourcesFor, ROLE, type NameResources } from './resources.js';
import type { Script, Token } from './tokens.js';
import type { WordFacts } from './words.js';

export type Evidence = Record<EntityType, number>;

export interface Candidate {
  start: number;
  end: number;
  /** The words of the name as written (initials, words, `(б)` glued to its abbreviation), for the lemma. */
  words: string[];
  evidence: Evidence;
  /** Job titles and ranks just before the name (`наркоминдел`, `General`). */
  titles: string[];
  script: Script;
  /** A place's name as the gazetteer lists it, read back from a Polish case (`Związkiem Radzieckim` → `Związek Radziecki`). */
  nominative?: string;
}

export interface PassageView {
  tokens: readonly Token[];
  /** Tokens inside an earlier recognizer's mention (a date, a quantity): never part of a name. */
  taken: readonly boolean[];
  facts(token: Token): WordFacts | undefined;
  /** Latin words in a passage of another script's language (a Turkish title quoted in Russian): names only with evidence. */
  foreignLatin: boolean;
  /** A language without a dictionary here (Polish, Turkish): a capital opening a clause is a name only with evidence. */
  unknownLanguage: boolean;
  /** Polish: places of several words are also looked up with their case endings undone. */
  polish: boolean;
}

/** Strong evidence decides a type by itself; weaker evidence is weighed with the rest of the document. */
export const STRONG = 2;

const none = (): Evidence => ({ person: 0, place: 0, org: 0 });
const TYPES: readonly EntityType[] = ['person', 'place', 'org'];
const ROMAN = /^[IVXLCDM]+$/;
const YEAR = /^1[5-9]\d\d$|^20\d\d$/;
const QUOTES = new Set(['"', '«', '“', '„', 'ʺ', '»', '”']);
/** Words a list of names is joined with: `Карс, Ардаган и Артвин`, `Kars and Ardahan`. */
const LIST_JOINERS = new Set([',', 'и', 'and', 'or', 'или']);
const MAX_QUOTED_WORDS = 6;
/**
 * No name runs longer than this many words: every scan ahead stops there, so that a long run of
 * capitalized words (a title in capitals, a list of months) costs linear time, not quadratic.
 */
const MAX_NAME_WORDS = 10;

interface Found {
  candidates: Candidate[];
  /** The token after the phrase. */
  next: number;
}

const NOT_ASKED: unique symbol = Symbol('not asked');

/** Reads one passage's tokens. */
class PhraseReader {
  /** The token range of each candidate found so far, for lists of names. */
  private readonly ranges = new Map<Candidate, readonly [number, number]>();

  /**
   * What the dictionaries say of each free word token, asked once, when a rule first needs it: the
   * rules ask again and again of the words near a phrase, and never of most others.
   */
  private readonly wordFacts: Array<WordFacts | undefined | typeof NOT_ASKED>;
  /** The lists of its script's resources each word token is in (`NameResources.roles`), asked once too. */
  private readonly wordRoles: readonly number[];

  constructor(private readonly view: PassageView) {
    this.wordFacts = new Array<typeof NOT_ASKED>(view.tokens.length).fill(NOT_ASKED);
    this.wordRoles = view.tokens.map((token) => (token.kind === 'word' ? resourcesFor(token.script)?.roles(token.text) ?? 0 : 0));
  }

  /** Whether the word token at `i` is in a list (a `ROLE` bit) of its own script's resources. */
  private is(i: number, role: number): boolean {
    return ((this.wordRoles[i] ?? 0) & role) !== 0;
  }

  /** Whether `res` lists the free word at `j` (or '' for another token) in a `ROLE`: from its roles when `res` is its script's. */
  private has(res: NameResources, j: number, role: number): boolean {
    return this.word(j) && res === this.res(j) ? this.is(j, role) : (res.roles(this.text(j)) & role) !== 0;
  }

  private token(i: number): Token | undefined {
    return this.view.tokens[i];
  }

  private res(i: number): NameResources | undefined {
    const token = this.token(i);
    return token ? resourcesFor(token.script) : undefined;
  }

  /** A word token free for names (not inside a date or quantity). */
  private word(i: number): Token | undefined {
    const token = this.token(i);
    return token && token.kind === 'word' && !this.view.taken[i] ? token : undefined;
  }

  private text(i: number): string {
    return this.word(i)?.text ?? '';
  }

  private facts(i: number): WordFacts | undefined {
    const known = this.wordFacts[i];
    if (known !== NOT_ASKED) return known;
    const token = this.view.tokens[i]!;
    const facts = token.kind === 'word' && !this.view.taken[i] ? this.view.facts(token) : undefined;
    this.wordFacts[i] = facts;
    return facts;
  }

  private capitalized(i: number): boolean {
    const token = this.word(i);
    return !!token && (token.shape === 'title' || token.shape === 'caps');
  }

  private cyrillic(i: number): boolean {
    return this.token(i)?.script === 'cyrillic';
  }

  private evident(facts: WordFacts): boolean {
    return facts.person >= STRONG || facts.place >= STRONG || facts.org >= STRONG;
  }

  /** An abbreviation that names a body or a state (`НКИД`, `РСФСР`), not a document code (`FOUO 3/82`, `CIA-RDP`, `CIA/RR`). */
  private abbreviation(i: number): boolean {
    const token = this.word(i);
    if (!token || token.shape !== 'caps' || /[-\d]/.test(token.text) || (token.script === 'latin' && ROMAN.test(token.text))) return false;
    if (this.is(i, ROLE.nonName)) return false;
    return !(this.token(i + 1)?.kind === 'number' || this.slashed(token, i - 1, i - 2) || this.slashed(token, i + 1, i + 2));
  }

  /** `CIA/RR`: `token`, a slash at `slash` and a word at `other`, glued. */
  private slashed(token: Token, slash: number, other: number): boolean {
    const mark = this.token(slash);
    const word = this.token(other);
    return mark?.text === '/' && word?.kind === 'word' && (mark.end === token.start || mark.start === token.end) && (word.end === mark.start || word.start === mark.end);
  }

  /** `(б)` right after a party's abbreviation, glued or spaced: `РКП(б)`, `РКП (б)`. */
  private partySuffix(i: number): boolean {
    return this.token(i)?.text === '(' && this.token(i + 1)?.text === 'б' && this.token(i + 2)?.text === ')';
  }

  /** An honorific on its own (`бея`, `Pasha`) or closing a compound (`Кемаль-бея`). */
  private honorific(i: number): boolean {
    const text = this.text(i);
    const res = this.res(i);
    return !!res && !!text && (this.is(i, ROLE.honorific) || (text.includes('-') && res.honorific(text.slice(text.lastIndexOf('-') + 1))));
  }

  /** A capitalized word that can be part of a name: not a pronoun, verb, demonym, month or title; after initials, any surname (`Я.Упмал-Ангорский`). */
  private nameWord(i: number, afterInitials = false): boolean {
    const token = this.word(i);
    if (!token || !this.capitalized(i) || /\d/.test(token.text)) return false;
    const res = this.res(i);
    const facts = this.facts(i);
    // `Moskova Antlaşması`, `Kars Treaty`: the event's noun is no part of a name.
    if (!res || !facts || this.is(i, ROLE.nonName) || this.is(i, ROLE.title) || (!this.cyrillic(i) && this.is(i, ROLE.eventNoun))) return false;
    // `Сами-бей`: an honorific compound is a name whatever its first part reads as alone.
    if (token.text.includes('-') && this.honorific(i)) return true;
    // `Али Фуат-паша`: a given name that is also a function word, known by the name after it.
    if (facts.closed && (facts.commonFirst || !this.evident(facts))) return facts.given && this.capitalized(i + 1) && !this.facts(i + 1)?.closed;
    // `Севрского`, `Лондонской`: adjectives name nothing by themselves.
    return afterInitials || !(this.cyrillic(i) && facts.adjective && facts.commonFirst && !this.evident(facts));
  }

  /** An ordinary word capitalized because it opens a clause (`Телеграмма`, `Regarding`): no name. */
  private positional(i: number): boolean {
    const facts = this.facts(i);
    if (!this.word(i)?.opensClause || !facts || !facts.commonFirst) return false;
    // `Али Фуат-паша` opening a sentence: a given name before a name.
    if (facts.given && this.capitalized(i + 1) && !this.facts(i + 1)?.closed) return false;
    return this.cyrillic(i) || (facts.place < STRONG && facts.person < STRONG);
  }

  private adjective(i: number): boolean {
    return !!this.facts(i)?.adjective;
  }

  private placeWord(i: number): boolean {
    return this.nameWord(i) && (this.facts(i)?.place ?? 0) >= PLACE_LIKELY;
  }

  /** Not a plural (`республикой`, not `республиками`): one place, not a kind of them. */
  private singular(i: number): boolean {
    return !this.facts(i)?.plural;
  }

  /** Titles among the few words before a name (`нарком`, `посол … в Анкаре`), back to punctuation or another name. */
  private titlesBefore(first: number): string[] {
    const found: string[] = [];
    for (let i = first - 1; i >= Math.max(0, first - 4); i -= 1) {
      const token = this.token(i)!;
      const title = token.kind === 'word' && this.is(i, ROLE.title);
      if (title) found.unshift(token.text);
      else if (token.kind === 'initial' || (token.kind === 'punct' && token.text !== '.') || (this.capitalized(i) && !this.facts(i)?.place)) break;
    }
    return found;
  }

  private candidate(first: number, last: number, evidence: Evidence): Candidate {
    const tokens = this.view.tokens;
    const found: Candidate = {
      start: tokens[first]!.start,
      end: tokens[last]!.end,
      words: this.wordsOf(first, last),
      evidence,
      titles: [],
      script: tokens[first]!.script,
    };
    // Only a Polish passage has places of several words in a case to read back.
    if (this.view.polish && found.words.length > 1) found.nominative = knownPlacePhrase(found.words);
    this.ranges.set(found, [first, last]);
    return found;
  }

  private found(first: number, last: number, evidence: Evidence): Found {
    return { candidates: [this.candidate(first, last, evidence)], next: last + 1 };
  }

  /** The words between two tokens, `(б)` glued to the word before it. */
  private wordsOf(first: number, last: number): string[] {
    const words: string[] = [];
    for (let i = first; i <= last; i += 1) {
      if (this.partySuffix(i) && words.length > 0) {
        words[words.length - 1] += '(б)';
        i += 2;
      } else if (this.token(i)!.kind !== 'punct') words.push(i < last && this.commonPossessive(i) ? this.token(i)!.text + this.token(i)!.suffix : this.token(i)!.text);
    }
    return words;
  }

  // ── 1. organisations ──────────────────────────────────────────────────────

  /** An ordinal before an organisation (`6-й Османской армией`): the tokens it takes, or 0. */
  private ordinal(i: number): number {
    const [number, hyphen, ending] = [this.token(i), this.token(i + 1), this.token(i + 2)];
    return number?.kind === 'number' && hyphen?.text === '-' && ending?.kind === 'word' && ending.shape === 'lower' && ending.text.length <= 2 ? 3 : 0;
  }

  /** A modifier before an organisation's head: a capitalized adjective in Russian (`Кавказским`), any capitalized word in English (`Baku State`). */
  private organisationModifier(j: number, res: NameResources): boolean {
    if (!this.capitalized(j) || this.abbreviation(j) || this.has(res, j, ROLE.organisationHead) || this.has(res, j, ROLE.governmentNoun) || this.has(res, j, ROLE.title)) return false;
    // A case suffix ends a noun phrase (`Ankara'da Büyük Millet Meclisi`; an English possessive does not:
    // `People's Commissariat`), an honorific ends a person's name.
    if ((this.token(j)!.suffix && !this.commonPossessive(j)) || this.honorific(j)) return false;
    return this.cyrillic(j) ? this.adjective(j) : !this.has(res, j, ROLE.nonName) && !this.has(res, j, ROLE.eventNoun);
  }

  /** Russian capitalizes an official name's first word only: `Великое национальное собрание`, `Центральный исполнительный комитет`. */
  private lowerOrganisationModifier(j: number, res: NameResources): boolean {
    return (
      this.cyrillic(j) && this.word(j)?.shape === 'lower' && this.adjective(j) &&
      !this.has(res, j, ROLE.organisationHead) && !this.has(res, j, ROLE.governmentNoun) && !this.has(res, j, ROLE.title)
    );
  }

  /** An ordinary English word in the possessive, part of a name (`People's`), not a person's (`Karabekir's`). */
  private commonPossessive(j: number): boolean {
    return !this.cyrillic(j) && /^.s$/.test(this.token(j)!.suffix) && !!this.facts(j)?.common;
  }

  private organisationAt(i: number): Found | undefined {
    const quoted = this.quotedOrganisation(i);
    if (quoted) return quoted;
    const ordinal = this.ordinal(i);
    const res = this.res(i + ordinal);
    if (!res) return undefined;
    let j = i + ordinal;
    while (j - i < MAX_NAME_WORDS && (this.organisationModifier(j, res) || (j > i + ordinal && this.lowerOrganisationModifier(j, res)))) j += 1;
    const modifiers = j - i - ordinal;
    const head = this.word(j);
    if (!head) return undefined;
    const headIsAbbreviation = this.abbreviation(j) && !this.has(res, j, ROLE.stateAbbreviation);
    // A lower-case head takes capitalized modifiers in Russian only (`Османской армией`, not `Greek army`).
    const headIsWord = (this.capitalized(j) || (modifiers > 0 && this.cyrillic(j))) && this.has(res, j, ROLE.organisationHead);
    if (this.has(res, j, ROLE.governmentNoun)) return this.governmentAt(i, j);
    if (!headIsAbbreviation && !headIsWord) return this.organisationNameAt(i);
    // `Российский НКИД`: an abbreviation is the whole name.
    if (headIsAbbreviation && modifiers > 0) return undefined;
    let last = j;
    let complements = 0;
    for (let k = j + 1; ; ) {
      const taken = this.complementAt(k, complements, last, j, modifiers);
      if (taken === 0) break;
      if (this.word(k) || this.partySuffix(k)) complements += this.partySuffix(k) ? 0 : 1;
      k += taken;
      last = k - 1;
    }
    // A capitalized head alone is a common noun (`Комитета`, `Совета`), unless a compound (`Кавбюро`) or an abbreviation.
    if (!headIsAbbreviation && modifiers === 0 && complements === 0 && !this.compoundOrganisation(j)) return undefined;
    if (this.positional(i) && modifiers <= 1 && complements === 0 && !headIsAbbreviation) return undefined;
    // `Президиум Совета …` is the Council's: start again at the body it belongs to.
    if (res.organisationPart(head.text) && this.capitalized(j + 1) && res.organisationHead(this.text(j + 1))) return this.organisationAt(j + 1);
    return this.found(i, last, { person: 0, place: 0, org: 3 });
  }

  /**
   * How many tokens at `k` continue an organisation's name, 0 for none: an abbreviation or `(б)`,
   * a capitalized genitive (`Собрания Турции`, `Совета Пропаганды и Действия`), a lower-case
   * complement (`иностранных дел`), a place with its noun (`Нахичеванского края`); in English,
   * `and`/`of` up to a further head (`National Archives and Records Administration`).
   */
  private complementAt(k: number, complements: number, last: number, head: number, modifiers: number): number {
    if (this.partySuffix(k)) return 3;
    if (this.abbreviation(k) && (this.cyrillic(k) || this.abbreviation(head))) return 1;
    const res = this.res(k);
    if (!res || !this.word(k)) return 0;
    if (!this.cyrillic(k)) {
      // `Grand National Assembly of Turkey`.
      const place = this.text(k) === 'of' ? (this.text(k + 1) === 'the' ? k + 2 : k + 1) : -1;
      if (place > 0 && this.placeWord(place) && !this.capitalized(place + 1)) return place - k + 1;
      let end = k;
      while (end - k < MAX_NAME_WORDS && this.word(end) && (res.connector(this.text(end)) ? this.capitalized(end + 1) : this.capitalized(end) && !this.abbreviation(end))) end += 1;
      for (let h = end - 1; h > k; h -= 1) if (res.organisationHead(this.text(h)) && res.connector(this.text(k))) return h - k + 1;
      // `Commissariat for Foreign Affairs`, `Committee of Union and Progress`: ordinary capitalized words after `of`/`for`.
      if (this.text(k) === 'of' || this.text(k) === 'for') {
        let words = k + 1;
        while (words - k <= MAX_NAME_WORDS && (this.ordinaryNameWord(words) || (this.text(words) === 'and' && this.ordinaryNameWord(words + 1)))) words += 1;
        if (words > k + 1) return words - k;
      }
      return 0;
    }
    if (this.capitalized(k) && this.adjective(k) && this.word(k + 1)?.shape === 'lower' && res.placeNoun(this.text(k + 1))) return 2;
    if (this.capitalized(k) && this.complementWord(k)) return 1;
    // `Совета Пропаганды и Действия`: a noun after `и`, not a place (`ВНСТ и Франции`) or the adjective of a next name.
    const joined =
      this.capitalized(k + 1) && this.complementWord(k + 1) && !this.abbreviation(k + 1) && !this.adjective(k + 1) && (this.facts(k + 1)?.place ?? 0) < STRONG;
    if (res.connector(this.text(k)) && joined && !this.abbreviation(last)) return 1;
    const lower = this.lowerComplement(k);
    if (lower > 0 && complements === 0 && (this.capitalized(head) || modifiers > 0)) return lower - k;
    return 0;
  }

  /** A capitalized ordinary English word, no known place, person or month (`Foreign`, `Affairs`, `Union`). */
  private ordinaryNameWord(k: number): boolean {
    const facts = this.facts(k);
    const text = this.text(k);
    return this.capitalized(k) && !this.cyrillic(k) && !!facts && facts.common && !facts.closed && facts.place < PLACE_LIKELY && facts.person < STRONG && !this.res(k)!.nonName(text) &&
      (!this.token(k)!.suffix || this.commonPossessive(k));
  }

  /** A word that continues an organisation's name: a capitalized noun or adjective, not a person's name or a title. */
  private complementWord(k: number): boolean {
    const facts = this.facts(k);
    const text = this.text(k);
    if (!facts || !text || facts.given || this.res(k)?.title(text) || this.token(k + 1)?.kind === 'initial' || this.honorific(k)) return false;
    return !facts.closed && !(facts.person >= STRONG && facts.place < STRONG);
  }

  /** Lower-case genitive that completes a name (`иностранных дел`, `народных советов`): the token after it, or 0. */
  private lowerComplement(k: number): number {
    let j = k;
    while (j - k < MAX_NAME_WORDS && this.word(j)?.shape === 'lower' && this.adjective(j)) j += 1;
    const noun = this.word(j);
    if (j === k || !noun || noun.shape !== 'lower' || !this.res(j)?.organisationComplement(noun.text)) return 0;
    return j + 1;
  }

  /** One word that is an organisation: a compound (`Кавбюро`, `Азревкома`) or a name (`Антанта`, `Entente`). */
  private compoundOrganisation(i: number): boolean {
    const res = this.res(i);
    const facts = this.facts(i);
    if (!res || !facts || !this.capitalized(i)) return false;
    const text = this.text(i);
    return res.organisationName(text) || (this.cyrillic(i) && res.organisationHead(text) && !facts.common) || facts.org >= STRONG;
  }

  private organisationNameAt(i: number): Found | undefined {
    if (!this.compoundOrganisation(i) || this.positional(i)) return undefined;
    // `Наркоминдел РСФСР Г.Чичерин`: a word that is also a title, before a name, is the name's title.
    if (this.res(i)!.title(this.text(i)) && [1, 2].some((k) => this.token(i + k)?.kind === 'initial')) return undefined;
    return this.found(i, i, { person: 0, place: 0, org: 3 });
  }

  /**
   * A government named after a town (`анкарское правительство`, `Ankara Government`) or a kind
   * of government (`Provisional Government`) is an organisation; one named after a people or a
   * country (`советское правительство`, `Turkish Government`) is a description.
   */
  private governmentAt(first: number, head: number): Found | undefined {
    const start = first < head ? first : this.word(head - 1) && this.namedAfterTown(head - 1) ? head - 1 : head;
    if (start === head) return undefined;
    for (let i = start; i < head; i += 1) if (!this.namedAfterTown(i) && !this.kindOfGovernment(i)) return undefined;
    return this.found(start, head, { person: 0, place: 0, org: 3 });
  }

  /** `Provisional`, `Revolutionary`: an English word for a kind of government, not a people or a place. */
  private kindOfGovernment(i: number): boolean {
    const facts = this.facts(i);
    return !this.cyrillic(i) && !!facts && facts.common && !facts.closed && !facts.adjective && facts.place === 0;
  }

  private namedAfterTown(i: number): boolean {
    const text = this.text(i);
    const stem = this.cyrillic(i) ? text.replace(/(?:ск|цк)(?:ий|ое|ая|ого|ому|им|ом|ой|ую)$/i, '') : text;
    // An ordinary adjective of the dictionary (`советское`) is no town's, whatever its stem matches (Soweto).
    if (this.cyrillic(i) && (stem === text || this.facts(i)?.commonFirst)) return false;
    // A town large enough to be known (`Анкара`); not a country (`Turkey Government`) nor a hamlet that happens to match (`Совет`).
    const strength = placeStrength(stem);
    return strength === PLACE_LIKELY || strength === PLACE_METROPOLIS;
  }

  /** `партии "Единение и прогресс"`, `party ʺunity and progressʺ`: the quoted name after a party. */
  private quotedOrganisation(i: number): Found | undefined {
    const open = this.token(i);
    const noun = this.word(i - 1);
    if (!open || !QUOTES.has(open.text) || !noun || !this.res(i - 1)?.organisationHead(noun.text)) return undefined;
    const first = i + 1;
    let last = first;
    while (this.word(last) && last - first < MAX_QUOTED_WORDS) last += 1;
    if (last === first || !QUOTES.has(this.token(last)?.text ?? '')) return undefined;
    return { candidates: [this.candidate(first, last - 1, { person: 0, place: 0, org: 3 })], next: last + 1 };
  }

  // ── 2. place phrases ──────────────────────────────────────────────────────

  private placePhraseAt(i: number): Found | undefined {
    const res = this.res(i);
    const token = this.word(i);
    if (!res || !token) return undefined;
    const stateAdjective = this.is(i, ROLE.stateAdjective);
    if (this.cyrillic(i)) {
      if (this.abbreviation(i) && this.is(i, ROLE.stateAbbreviation) && this.placeWord(i + 1)) return this.placePhrase(i, i + 1);
      const capitalAdjective = this.capitalized(i) && this.adjective(i);
      if (!capitalAdjective && !stateAdjective) return undefined;
      const noun = this.word(i + 1);
      if (!noun || !this.singular(i + 1)) return undefined;
      if (capitalAdjective && res.placeNoun(noun.text)) return this.placePhrase(i, i + 1);
      if ((capitalAdjective && res.stateAbbreviation(noun.text)) || this.placeWord(i + 1)) return this.placePhrase(i, i + 1);
      return undefined;
    }
    // Latin: `Soviet Russia`, `Eastern Anatolia`, `Sea of Marmora`, `Gallipoli Peninsula`, `Russian empire`.
    if (!this.capitalized(i)) return undefined;
    if ((stateAdjective || this.is(i, ROLE.placeModifier)) && this.placeWord(i + 1)) return this.placePhrase(i, i + 1);
    if (this.is(i, ROLE.placeNoun) && this.ofPlace(i + 1) >= 0) return this.placePhrase(i, this.ofPlace(i + 1));
    let j = i;
    while (j - i < MAX_NAME_WORDS && this.capitalized(j) && !this.has(res, j, ROLE.placeNoun)) j += 1;
    if (j > i && this.word(j) && this.has(res, j, ROLE.placeNoun) && !this.positional(i)) return this.placePhrase(i, this.ofPlace(j + 1) >= 0 ? this.ofPlace(j + 1) : j);
    return undefined;
  }

  private placePhrase(first: number, last: number): Found {
    return this.found(first, last, { person: 0, place: 3, org: 0 });
  }

  /** `of Marmora`, `of the Black Sea` at `at`: the place's token, or -1. */
  private ofPlace(at: number): number {
    if (this.word(at)?.text !== 'of') return -1;
    const name = this.word(at + 1)?.text === 'the' ? at + 2 : at + 1;
    return this.nameWord(name) ? name : -1;
  }

  /** After `газета «`, `the newspaper “`: the token after the periodical's capitalized title, or `i` when there is none. */
  private periodicalTitleEnd(i: number): number {
    const cue = QUOTES.has(this.token(i - 1)?.text ?? '') ? i - 2 : i - 1;
    if (!this.word(cue) || !this.is(cue, ROLE.periodicalCue)) return i;
    let end = i;
    while (end - i < MAX_NAME_WORDS && this.capitalized(end)) end += 1;
    return end;
  }

  /** Places known as several words (`Asia Minor`, `Middle East`, Polish `Związkiem Radzieckim`): the last token, or -1. */
  private knownPlaceEnd(i: number): number {
    if (!this.capitalized(i)) return -1;
    for (let length = 3; length >= 2; length -= 1) {
      const last = i + length - 1;
      if (!this.capitalized(last)) continue;
      const words: string[] = [];
      for (let k = i; k <= last && this.word(k); k += 1) words.push(this.text(k));
      if (words.length === length && (placeStrength(words.join(' ')) > PLACE_LIKELY || (this.view.polish && knownPlacePhrase(words)))) return last;
    }
    return -1;
  }

  // ── 3. names ──────────────────────────────────────────────────────────────

  private nameAt(i: number): Found | undefined {
    const periodical = this.periodicalTitleEnd(i);
    if (periodical > i) return { candidates: [], next: periodical };
    const known = this.knownPlaceEnd(i);
    if (known >= 0) return this.found(i, known, { person: 0, place: 3, org: 0 });
    let j = i;
    while (j - i < MAX_NAME_WORDS && this.token(j)?.kind === 'initial' && !this.view.taken[j]) j += 1;
    const initials = j - i;
    if (!this.nameWord(j, initials > 0)) return undefined;
    // Ordinary words capitalized for their position are not part of a name (`Нота Али Фуат-паши`, `In Kars`).
    if (initials === 0 && this.positional(j)) return undefined;
    // `Treaty of Sevres`, `Battle of Sakarya`: names inside an event's name are not annotated.
    if (this.word(i - 1)?.text === 'of' && this.res(i - 2)?.eventNoun(this.text(i - 2))) return { candidates: [], next: j + 1 };
    const script = this.token(j)!.script;
    const nameWords: number[] = [];
    let honorific = false;
    for (let k = j; k - j < MAX_NAME_WORDS && this.token(k)?.script === script && this.word(k); k += 1) {
      if (nameWords.length > 0 && this.honorific(k) && !this.text(k).includes('-')) {
        honorific = true;
        nameWords.push(k);
        continue;
      }
      if (honorific || !this.nameWord(k, initials > 0) || (k > j && this.token(k)!.opensClause)) break;
      // Initials go with one surname: `Г.Чичерину Серго Орджоникидзе` is two people.
      if (initials > 0 && nameWords.length > 0) break;
      if (k > j && (this.abbreviation(k) !== this.abbreviation(k - 1) || this.boundary(k))) break;
      // A case suffix ends the name it is on (`Ankara'da Büyük Millet Meclisi`).
      if (k > j && this.token(k - 1)!.suffix) break;
      nameWords.push(k);
      if (this.honorific(k) && this.text(k).includes('-')) {
        honorific = true;
        break;
      }
    }
    if (nameWords.length === 0) return undefined;
    // Ordinary English words at either end stay out (`Powers Lloyd George` → `Lloyd George`); in Russian
    // a capitalized noun inside a sentence is a name's (`некий Риза Ахундов`).
    const outside = (k: number) => this.ordinary(k) && (!this.cyrillic(k) || this.positional(k));
    const beforeSurname = (k: number) => {
      const next = this.facts(k + 1);
      return !!next && next.person >= STRONG && !next.given && !this.honorific(k + 1);
    };
    while (nameWords.length > 1 && initials === 0 && (outside(nameWords[0]!) || (this.ordinary(nameWords[0]!) && !beforeSurname(nameWords[0]!)))) nameWords.shift();
    while (nameWords.length > 1 && !honorific && !this.cyrillic(j) && outside(nameWords[nameWords.length - 1]!)) nameWords.pop();
    const first = initials > 0 ? i : nameWords[0]!;
    let last = nameWords[nameWords.length - 1]!;
    // Ordinary words alone (`Documents`, `Недовольство`): capitalized for a title or a heading, not a name.
    // An English word that is also a given name in transcription (`Will`, `Mark`) is a name only beside another.
    const plain = (k: number) => this.ordinary(k) || (!this.cyrillic(k) && !!this.facts(k)?.common && !this.evident(this.facts(k)!));
    if (initials === 0 && nameWords.every(plain) && !this.abbreviation(first)) return { candidates: [], next: last + 1 };
    // `Московского договора`: an adjective before its noun, however much it looks like a surname.
    if (initials === 0 && !honorific && nameWords.length === 1 && this.cyrillic(first) && this.adjective(first) && this.word(first + 1)?.shape === 'lower') {
      return { candidates: [], next: last + 1 };
    }
    const chain = this.hyphenChain(first, last);
    if (chain) return chain;
    // Initials after a surname in references: `Hirst S.J.,`, `Гасанова Э.Ю.`
    let trailing = 0;
    if (initials === 0) {
      while (trailing < MAX_NAME_WORDS && this.token(last + 1 + trailing)?.kind === 'initial') trailing += 1;
      const after = this.token(last + 1 + trailing);
      if (trailing > 0 && (!after || after.kind === 'punct' || after.kind === 'number')) last += trailing;
      else trailing = 0;
    }
    const evidence = this.nameEvidence(first, nameWords, initials + trailing, honorific);
    const found = this.candidate(first, last, evidence);
    found.titles = this.titlesBefore(first);
    if (found.titles.length > 0) evidence.person += 1.5;
    return { candidates: [found], next: last + 1 };
  }

  /** An ordinary word of the language with nothing to say it names anything here. */
  private ordinary(k: number): boolean {
    const facts = this.facts(k);
    return !!facts && facts.common && !facts.given && !this.evident(facts) && !this.honorific(k);
  }

  /** Two names side by side (`РСФСР Г.Чичерин`, `Турции Юсуфом`, `Russia Constantinople`): the second starts anew. */
  private boundary(k: number): boolean {
    if (this.token(k)!.kind === 'initial') return true;
    const previous = this.facts(k - 1)!;
    const current = this.facts(k)!;
    const placeOnly = (facts: WordFacts) => facts.place >= STRONG && facts.person < STRONG && !facts.given;
    const surname = (facts: WordFacts) => facts.person >= STRONG && !facts.given && facts.place < STRONG;
    const personOnly = (facts: WordFacts) => (facts.person >= STRONG || facts.given) && facts.place < STRONG;
    if (placeOnly(previous) && (personOnly(current) || placeOnly(current))) return true;
    // `Will Turkey`: an ordinary word that could be a given name does not make a country a person.
    if ((surname(previous) || (previous.common && !this.cyrillic(k))) && placeOnly(current)) return true;
    // Words of one name agree in case (`Телеграмма Атабекова Тер-Габриэляну` is two people); a given
    // name and an honorific compound (`Кемаль-бея`, asked as `Кемаль`) say little about theirs.
    return (
      this.cyrillic(k) && !previous.given && !current.given && !this.honorific(k) && !this.honorific(k - 1) &&
      previous.cases.size > 0 && current.cases.size > 0 && ![...current.cases].some((grammeme) => previous.cases.has(grammeme))
    );
  }

  /** `Афьонкарахисар-Кютахья-Эскишехир`, `Marx-Engels`: a hyphenated chain of names is one name per part. */
  private hyphenChain(first: number, last: number): Found | undefined {
    if (first !== last) return undefined;
    const token = this.word(first)!;
    const parts = token.text.split('-');
    if (parts.length < 2 || placeStrength(token.text) > 0 || parts.some((part) => !/^\p{Lu}/u.test(part))) return undefined;
    const partFacts = parts.map((part) => this.view.facts({ ...token, text: part }));
    const named = partFacts.filter((facts) => facts && (facts.place > 0 || facts.person >= STRONG) && !facts.adjective && !facts.closed);
    if (named.length < 2) return undefined;
    // One place in the chain makes places of the rest (`Афьонкарахисар-Кютахья-Эскишехир`).
    const placeLean = named.some((facts) => facts!.place >= PLACE_LIKELY) ? 1 : 0;
    const candidates: Candidate[] = [];
    let offset = token.start;
    parts.forEach((part, index) => {
      const facts = partFacts[index];
      const evidence = facts ? { person: facts.person, place: facts.place + placeLean, org: facts.org } : none();
      candidates.push({ start: offset, end: offset + part.length, words: [part], evidence, titles: [], script: token.script });
      offset += part.length + 1;
    });
    return { candidates, next: first + 1 };
  }

  private nameEvidence(first: number, nameWords: readonly number[], initials: number, honorific: boolean): Evidence {
    const evidence = none();
    const words = nameWords.map((k) => this.facts(k)!);
    for (const facts of words) {
      evidence.person = Math.max(evidence.person, facts.person);
      evidence.place = Math.max(evidence.place, facts.place);
      evidence.org = Math.max(evidence.org, facts.org);
    }
    if (honorific) evidence.person += 3;
    if (initials > 0) evidence.person += 3;
    if (words.length > 1 && words.some((facts) => facts.given)) evidence.person += 2;
    if (words.length > 1 && words.some((facts) => !facts.place)) evidence.place = Math.min(evidence.place, 1);
    const lastWord = nameWords[nameWords.length - 1]!;
    const res = this.res(lastWord)!;
    if (nameWords.length === 1 && this.abbreviation(lastWord)) {
      if (res.stateAbbreviation(this.text(lastWord))) evidence.place += 3;
      else evidence.org += 2;
    }
    // `в Батуме`, `in Kars`; `город Карс`, `р. Сакарья`, `the village of Inonu`, `street Zahid Khalilov`.
    const before = this.token(first - 1);
    if (before?.kind === 'word' && res.placePreposition(before.text)) evidence.place += 1;
    if (this.placeCueBefore(first)) evidence.place += 5;
    // `Sivas Congress`, `Mudros Armistice`: where an event took place.
    if (res.eventNoun(this.text(lastWord + 1))) evidence.place += 1;
    // Author–date references and bibliographies: `Hirst 2013`, `Piter, 2004` opening an entry.
    const [after, afterNext] = [this.token(lastWord + 1), this.token(lastWord + 2)];
    if (after && YEAR.test(after.text)) evidence.person += 2;
    else if (after?.text === ',' && afterNext && YEAR.test(afterNext.text) && first === 0) evidence.person += 2;
    return evidence;
  }

  private placeCueBefore(first: number): boolean {
    const before = this.token(first - 1);
    const at = before?.text === '.' || before?.text === 'of' ? first - 2 : first - 1;
    const cue = this.word(at);
    if (!cue || !this.res(at)?.placeCue(cue.text)) return false;
    // `1921 г.` is a year, not a town.
    return this.token(at - 1)?.kind !== 'number';
  }

  /** Names in a list (`Карс, Ардаган и Артвин`, `Aydın, Manisa, and Tekirdağ`) lean to the type the list has most evidence for. */
  private shareWithLists(candidates: readonly Candidate[]): void {
    let from = 0;
    for (let index = 1; index <= candidates.length; index += 1) {
      if (index < candidates.length && this.listed(candidates[index - 1]!, candidates[index]!)) continue;
      const list = candidates.slice(from, index);
      from = index;
      if (list.length < 2) continue;
      const total = none();
      for (const member of list) for (const type of TYPES) total[type] += member.evidence[type];
      const lean = TYPES.reduce((best, type) => (total[type] > total[best] ? type : best));
      if (total[lean] >= STRONG) for (const member of list) member.evidence[lean] += 1;
    }
  }

  private listed(a: Candidate, b: Candidate): boolean {
    const [left, right] = [this.ranges.get(a), this.ranges.get(b)];
    if (!left || !right) return false;
    const between = this.view.tokens.slice(left[1] + 1, right[0]).map((token) => token.text);
    return (between.length === 1 && LIST_JOINERS.has(between[0]!)) || (between.length === 2 && between[0] === ',' && LIST_JOINERS.has(between[1]!));
  }

  read(): Candidate[] {
    const found: Candidate[] = [];
    const tokens = this.view.tokens;
    for (let i = 0; i < tokens.length; ) {
      const phrase = this.view.taken[i] || this.startsNothing(i) ? undefined : this.organisationAt(i) ?? this.placePhraseAt(i) ?? this.nameAt(i);
      if (phrase) {
        found.push(...phrase.candidates.filter((candidate) => this.admissible(candidate)));
        i = Math.max(phrase.next, i + 1);
      } else i += 1;
    }
    this.shareWithLists(found);
    return found;
  }

  /**
   * True when none of the rules can start a phrase at token `i`, told before they are tried: a phrase
   * starts at a capital, an initial, a number (`6-й Османской армией`) or a quote (`ʺ` is a letter),
   * and at a lower-case word only when it is a government noun (`анкарское правительство`, read back
   * from the noun) or a Russian state adjective (`советская Россия`). Most tokens are none of these.
   */
  private startsNothing(i: number): boolean {
    const token = this.token(i)!;
    if (token.text.length === 1 && QUOTES.has(token.text)) return false;
    if (token.kind === 'punct') return true;
    if (token.kind !== 'word' || this.capitalized(i)) return false;
    return !this.is(i, ROLE.governmentNoun) && !(this.cyrillic(i) && this.is(i, ROLE.stateAdjective));
  }

  /** Latin names in a foreign passage and clause-opening capitals of an unknown language need evidence. */
  private admissible(candidate: Candidate): boolean {
    const { person, place, org } = candidate.evidence;
    const evidence = Math.max(person, place, org);
    if (candidate.script === 'latin' && this.view.foreignLatin) return evidence >= PLACE_LIKELY;
    if (!this.view.unknownLanguage) return true;
    const first = this.ranges.get(candidate)?.[0];
    return evidence >= PLACE_LIKELY || (first !== undefined && !this.token(first)!.opensClause);
  }
}

export function findPhrases(view: PassageView): Candidate[] {
  return new PhraseReader(view).read();
}
