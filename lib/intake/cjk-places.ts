import type { PatternHit } from "@/lib/intake/name-patterns";
import {
  GENERIC_HAN_PLACES,
  HAN_BOUNDARY_CHARS,
  HAN_BOUNDARY_WORDS,
  HAN_LONG_PLACE_ENDINGS,
  KOREAN_PARTICLES,
  NOT_HAN_PLACE_ENDINGS,
  NOT_HAN_PLACE_START,
  NOT_PLACE_ENDING,
  NOT_HANGUL_PLACE_ENDINGS,
} from "@/lib/intake/cjk-words";
import {
  CJK_ORGANISATION_SUFFIXES,
  CJK_PLACE_SUFFIXES,
  CJK_TITLES,
  COUNTRY_NAMES,
  HANGUL_PLACE_SUFFIXES,
  KOREAN_TITLES,
} from "@/lib/intake/name-words";

// Places and organisations no record holds yet in Chinese, Japanese and Korean text.
// Chinese and Japanese write no spaces, so a place's name runs back from its ending (…区,
// …市) to a word that ends names: a verb of travel (访问|中区), a country, another place,
// a particle (を) or a mark.

export const anyOf = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join("|");
export const HAN_RUN = /\p{Script=Han}+/gu;
// What may follow a Korean name: a particle written onto it, then no more Hangul.
export const KOREAN_END = `(?:${anyOf(KOREAN_PARTICLES)})?(?![가-힣])`;
const MAX_PLACE_NAME = 4;
const CJK_COUNTRIES = Object.keys(COUNTRY_NAMES).filter((name) => /^\p{Script=Han}+$/u.test(name));
const BOUNDARY_WORDS = [...HAN_BOUNDARY_WORDS, ...CJK_COUNTRIES, ...CJK_TITLES];

export const endsWithWord = (before: string) => BOUNDARY_WORDS.some((word) => before.endsWith(word));

function place(start: number, text: string): PatternHit {
  return { start, end: start + text.length, text, kind: "place" };
}

// Whether the text names a place by these characters and this ending (黄石市, not 黄石市长).
export function isPlaceElsewhere(text: string, name: string, ending: string): boolean {
  for (let at = text.indexOf(name + ending); at >= 0; at = text.indexOf(name + ending, at + 1)) {
    if (!NOT_PLACE_ENDING.test(text.slice(at + name.length))) return true;
  }
  return false;
}

// How many characters of a run before a place's ending (at `end`) belong to its name: back to
// the nearest word that ends a name, else two (the commonest length). Four characters after a
// mark are likelier a verb and a name than one name. A common noun for an ending (贫困山区
// "poor mountain areas") is a name only after such a word (访问中山区).
function placeNameLength(run: string, end: number, placeEnds: Set<number>): number {
  for (let length = 1; length <= Math.min(MAX_PLACE_NAME, end); length++) {
    const at = end - length;
    const before = run.slice(0, at);
    if (placeEnds.has(at) || endsWithWord(before)) return length;
    if ((at === 0 && length < MAX_PLACE_NAME) || (length >= 2 && HAN_BOUNDARY_CHARS.includes(before[before.length - 1]))) {
      return GENERIC_HAN_PLACES.test(run.slice(end - 1, end + 1)) ? 0 : length;
    }
  }
  return end >= 2 && !GENERIC_HAN_PLACES.test(run.slice(end - 1, end + 1)) ? 2 : 0;
}

function hanPlaces(text: string): PatternHit[] {
  const hits: PatternHit[] = [];
  for (const run of text.matchAll(HAN_RUN)) {
    const placeEnds = new Set<number>();
    for (let at = 1; at < run[0].length; at++) {
      if (!CJK_PLACE_SUFFIXES.includes(run[0][at]) || NOT_PLACE_ENDING.test(run[0].slice(at))) continue;
      const ending =
        HAN_LONG_PLACE_ENDINGS.find((word) => at + 1 >= word.length && run[0].startsWith(word, at + 1 - word.length)) ?? run[0][at];
      const endingAt = at + 1 - ending.length;
      const length = placeNameLength(run[0], endingAt, placeEnds);
      if (!length) continue;
      const skip = length >= 2 && HAN_BOUNDARY_CHARS.includes(run[0][endingAt - length]) ? 1 : 0;
      const name = run[0].slice(endingAt - length + skip, at + 1);
      if (NOT_HAN_PLACE_ENDINGS.test(name) || NOT_HAN_PLACE_START.test(name) || GENERIC_HAN_PLACES.test(name)) continue;
      placeEnds.add(at + 1);
      hits.push(place(run.index + endingAt - length + skip, name));
    }
  }
  return hits;
}

const HANGUL_PLACE = new RegExp(`(?<![가-힣])([가-힣]{2,5}?(?:${anyOf(HANGUL_PLACE_SUFFIXES)}))(?=${KOREAN_END})`, "gu");
const KOREAN_TITLE_WORD = new RegExp(`(?:${anyOf(KOREAN_TITLES)})$`, "u");

// A word ending in 도 may be a name and the particle "also" (시장도, 홍길동도).
function hangulPlaces(text: string, people: PatternHit[]): PatternHit[] {
  const names = new Set(people.map((p) => p.text));
  return [...text.matchAll(HANGUL_PLACE)]
    .filter((m) => !NOT_HANGUL_PLACE_ENDINGS.test(m[1]))
    .filter((m) => !m[1].endsWith("도") || !(KOREAN_TITLE_WORD.test(m[1].slice(0, -1)) || names.has(m[1].slice(0, -1))))
    .map((m) => place(m.index, m[1]));
}

const HAN_ORG = new RegExp(`[\\p{Script=Han}]{2,6}?(?:${anyOf(CJK_ORGANISATION_SUFFIXES)})(?![长员])`, "gu");

// An organisation's name starts after the last word that ends a name (访问|青松市政府).
function hanOrganisations(text: string): PatternHit[] {
  const hits: PatternHit[] = [];
  for (const m of text.matchAll(HAN_ORG)) {
    const ends = HAN_BOUNDARY_WORDS.flatMap((word) => {
      const at = m[0].lastIndexOf(word);
      return at >= 0 && at + word.length < m[0].length - 1 ? [at + word.length] : [];
    });
    let skip = Math.max(0, ...ends);
    while (skip < m[0].length && "与和同在于赴将随对向由从了的".includes(m[0][skip])) skip++;
    const name = m[0].slice(skip);
    if (name.length >= 3) hits.push({ start: m.index + skip, end: m.index + m[0].length, text: name, kind: "organisation" });
  }
  return hits;
}

function countries(text: string): PatternHit[] {
  const hits: PatternHit[] = [];
  for (const [name, { code }] of Object.entries(COUNTRY_NAMES)) {
    if (!/^[\p{Script=Han}\p{Script=Hangul}]+$/u.test(name)) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) hits.push({ ...place(at, name), country: code });
  }
  return hits;
}

// Places, organisations and countries; a Hangul word ending in 도 that is a name found in
// `people` is that name and the particle "also".
export function findCjkPlaces(text: string, people: PatternHit[]): PatternHit[] {
  if (!/[\p{Script=Han}\p{Script=Hangul}]/u.test(text)) return [];
  return [...hanPlaces(text), ...hangulPlaces(text, people), ...hanOrganisations(text), ...countries(text)];
}
