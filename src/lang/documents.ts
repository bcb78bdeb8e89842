/**
 * What a language tells the document-reference recognizer: the nouns that name a kind of
 * document, the words that make one more specific, and the words around a reference that say
 * who sent it and to whom. Words are lower case; Russian ones are lemmas (the recognizer asks
 * morphology for each word's lemma), English ones are singular forms.
 */
import type { DocumentType } from '../model.js';

export interface DocumentVocabulary {
  /** A noun (or the last word of a phrase) → the kind of document it names. */
  types: ReadonlyMap<string, DocumentType>;
  /** Phrases of two or more words naming a kind (`разговор по прямому проводу`, `minutes of`), as lemmas. */
  phrases: ReadonlyArray<readonly [readonly string[], DocumentType]>;
  /** Kind words that name a document only where a citation formula cites it (`протокол`, `заседание`, `minutes`): in running text, events. */
  citedOnly: ReadonlySet<string>;
  /** Phrases, as lemmas, in which a kind word names no document (`речь идти о`, `in order to`); the kind word among them. */
  idioms: ReadonlyArray<readonly string[]>;
  /** Modifiers that make a telegram a cipher telegram (`шифрованный`, `cipher`, `coded`). */
  cipher: ReadonlySet<string>;
  /** Words that may stand between the start of a citation and its type noun (`см`, `see`, `личный`, `secret`). */
  lead: ReadonlySet<string>;
  /** Prepositions before a recipient (`в ЦК`, `с И.Абиловым`, `to Frunze`). */
  toward: ReadonlySet<string>;
  /** Nouns that make a preposition lead to a recipient (`на имя`, `в адрес`). */
  addressNouns: ReadonlySet<string>;
  /** Participles whose agent wrote or signed a document (`подписанный … Юсуфом Кемаль-беем меморандум`). */
  authoring: ReadonlySet<string>;
  /** Prepositions that lead to what a document is about (`о переговорах`, `about the talks`): no party follows them. */
  topic: ReadonlySet<string>;
  /** Prepositions before a sender (`from Chicherin`, `от Кемаля`). */
  from: ReadonlySet<string>;
  /** Prepositions that introduce a document's date (`от 18 августа`, `of 16 March`, `dated`). */
  dated: ReadonlySet<string>;
  /** Words that date a treaty's signing (`подписан 13 октября`, `signed on 13 October`). */
  signing: ReadonlySet<string>;
  /** Verbs (lemmas) whose subject sent a document: `писать`, `отправлять`, `write`, `send`. */
  sendingVerbs: ReadonlySet<string>;
  /** Words announcing an archive inside a holding (`коллекция документов`, `архив`, `archive`, `fond`). */
  archiveWords: ReadonlySet<string>;
  /** Abbreviations of an archival reference's parts: fond, opis, delo, list, page (`ф`, `оп`, `д`, `л`, `f`, `op`, `d`). */
  referenceParts: ReadonlySet<string>;
  /** Abbreviations of volume and pages in a published collection (`т`, `с`, `vol`, `p`). */
  volume: ReadonlySet<string>;
  pages: ReadonlySet<string>;
}
