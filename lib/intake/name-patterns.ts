import type { MentionKind, Span } from "@/lib/intake/types";
import { findCjkPeople } from "@/lib/intake/cjk-people";
import { findCjkPlaces } from "@/lib/intake/cjk-places";
import {
  COUNTRY_NAMES,
  HONORIFICS,
  NOT_NAME_WORDS,
  ORGANISATION_WORDS,
  PLACE_WORDS,
  ROMANIZED_PLACE_SUFFIXES,
  TITLE_MODIFIERS,
  TITLE_WORDS,
} from "@/lib/intake/name-words";

// Names no record holds yet, found by the words around them: a title before or after a
// person's name, an administrative word after a place's, an organisation's head noun.
// Chinese, Japanese and Korean names: lib/intake/cjk-people.ts and cjk-places.ts.

export type PatternHit = Span & {
  text: string;
  kind: MentionKind;
  // The title the text gives a person, and where it stands.
  position?: Span & { title: string };
  country?: string;
};

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const anyOf = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");

const NAME_WORD = "[A-Z][a-z]+(?:-[a-z]+)?";
const PERSON_NAME = `${NAME_WORD}(?:\\s${NAME_WORD}){1,2}`;
const TITLE = `(?:(?:${anyOf(TITLE_MODIFIERS)})\\s+)*(?:${anyOf(TITLE_WORDS)})`;
const CAP = "[A-Z][\\p{L}\\p{N}’'.-]*[\\p{L}\\p{N}]|[A-Z]";

const TITLE_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:(${anyOf(HONORIFICS)})|(${TITLE}|director|chairman|president|governor|mayor|secretary|minister))\\s+(${PERSON_NAME})(?![\\p{L}-])`,
  "gu",
);
const TITLE_AFTER = new RegExp(
  `(?<![\\p{L}-])(${PERSON_NAME}),\\s+(?:(?:the|a|an)\\s+)?((?:[A-Z][\\p{L}]*['’]s\\s+)?(?:${TITLE}|member|CEO|chairman|director|president)\\b[^,;.()\\n]*)`,
  "gu",
);
// A lone surname after a title ("Governor Choi has …"): a reference to someone named fully
// elsewhere in the article.
const TITLE_SURNAME = new RegExp(`(?<![\\p{L}])(?:${TITLE})\\s+(${NAME_WORD})(?![\\p{L}-]|\\s[A-Z])`, "gu");

// Capitalised words before the title that belong to it: "Gangwon Province Governor".
function positionStart(text: string, titleStart: number): number {
  const before = /((?:[A-Z][\p{L}-]*(?:['’]s)?\s+){1,3})$/u.exec(text.slice(Math.max(0, titleStart - 60), titleStart));
  if (!before) return titleStart;
  const words = before[1].trim().split(/\s+/);
  const kept = words.slice(words.findIndex((word) => !NOT_NAME_WORDS.has(word.replace(/['’]s$/, "")) || TITLE_MODIFIERS.includes(word)));
  const length = kept.length && kept.length <= words.length ? kept.join(" ").length + 1 : 0;
  return titleStart - length;
}

function isName(name: string): boolean {
  const words = name.split(/\s+/);
  return !words.some((word) => NOT_NAME_WORDS.has(word) || PLACE_WORDS.includes(word) || ORGANISATION_WORDS.includes(word));
}

function englishPeople(text: string): PatternHit[] {
  const hits: PatternHit[] = [];
  for (const m of text.matchAll(TITLE_BEFORE)) {
    const name = m[3];
    const start = m.index + m[0].length - name.length;
    if (!isName(name)) continue;
    const title = m[2];
    const position = title ? { start: positionStart(text, m.index), end: m.index + title.length, title: "" } : undefined;
    if (position) position.title = text.slice(position.start, position.end);
    hits.push({ start, end: start + name.length, text: name, kind: "person", position });
  }
  for (const m of text.matchAll(TITLE_AFTER)) {
    // "He" is also a surname (何): before ", Vice Premier" it is one.
    if (!isName(m[1].replace(/^He\s/, "Ho "))) continue;
    const title = m[2].replace(/\s+(?:and|or)?\s*$/, "").trim();
    const titleStart = m.index + m[0].indexOf(m[2], m[1].length);
    hits.push({
      start: m.index,
      end: m.index + m[1].length,
      text: m[1],
      kind: "person",
      position: { start: titleStart, end: titleStart + title.length, title },
    });
  }
  return hits;
}

// Lone surnames after a title, to be linked to a person named in full elsewhere.
export function surnameReferences(text: string): PatternHit[] {
  return [...text.matchAll(TITLE_SURNAME)]
    .filter((m) => !NOT_NAME_WORDS.has(m[1]))
    .map((m) => ({ start: m.index + m[0].length - m[1].length, end: m.index + m[0].length, text: m[1], kind: "person" as const }));
}

const PLACE_PHRASE = new RegExp(
  `(?<![\\p{L}'’])((?:[A-Z][\\p{L}-]*\\s+){0,2}?[A-Z][\\p{L}-]*)\\s+(?:${anyOf(PLACE_WORDS)})(?![\\p{L}])`,
  "gu",
);
// Words of a tie or a headline, never of a place's name ("Sister City", "Renewing …").
const NOT_PLACE_WORDS = /^(?:Sister|Twin|Friendship|Friendly|Partner|Capital|Renewing|Deepening)$/;
const PLACE_WORD = anyOf(PLACE_WORDS);
// "Weifang's Kuiwen District": a place's name before another's. "Kuiwen District, Weifang and
// …": the place a place lies in. "a Weifang delegation": the place that sends it.
const PLACE_BEFORE_PLACE = new RegExp(`(?<![\\p{L}])([A-Z][a-z]+)['’]s\\s+(?:[A-Z][\\p{L}-]*\\s+){1,2}(?:${PLACE_WORD})\\b`, "gu");
const PLACE_AFTER_PLACE = new RegExp(`\\b(?:${PLACE_WORD}),\\s+([A-Z][a-z]+)(?=\\s*(?:and\\b|:|;|\\)))`, "gu");
const SENDER = /\b(?:a|an|the)\s+([A-Z][a-z]+)\s+(?:delegation|mission)\b/gu;
const ROMANIZED_PLACE = new RegExp(`(?<![\\p{L}])[A-Z][a-z]+-(?:${anyOf(ROMANIZED_PLACE_SUFFIXES)})(?![\\p{L}])`, "gu");
const PLACE_LIST =
  /\b(?:cities|provinces|prefectures|districts|counties|city|province|prefecture) of ([A-Z][\p{L}-]+)(?:,? and ([A-Z][\p{L}-]+))?/gu;
const PLACE_IN_COUNTRY = /(?<=[\p{Ll},] )([A-Z][a-z]+), (?:South Korea|Korea|Japan|China)\b/gu;
const COUNTRY = new RegExp(
  `(?<![\\p{L}])(${Object.keys(COUNTRY_NAMES)
    .filter((name) => /^[a-z' ]+$/.test(name))
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/\b[a-z]/g, (c) => c.toUpperCase()))
    .join("|")})(?![\\p{L}]|\\.\\p{L})`,
  "gu",
);

function place(start: number, text: string): PatternHit {
  return { start, end: start + text.length, text, kind: "place" };
}

function englishPlaces(text: string): PatternHit[] {
  const hits: PatternHit[] = [];
  for (const m of text.matchAll(PLACE_PHRASE)) {
    const words = m[0].split(/\s+/);
    const skip = words.slice(0, -1).findLastIndex((word) => NOT_NAME_WORDS.has(word) || NOT_PLACE_WORDS.test(word)) + 1;
    if (skip >= words.length - 1 || PLACE_WORDS.includes(words[skip])) continue;
    const phrase = words.slice(skip).join(" ");
    hits.push(place(m.index + m[0].length - phrase.length, phrase));
  }
  for (const m of text.matchAll(PLACE_BEFORE_PLACE)) if (!NOT_NAME_WORDS.has(m[1])) hits.push(place(m.index, m[1]));
  for (const m of text.matchAll(PLACE_AFTER_PLACE)) {
    if (!NOT_NAME_WORDS.has(m[1])) hits.push(place(m.index + m[0].length - m[1].length, m[1]));
  }
  for (const m of text.matchAll(SENDER)) if (!NOT_NAME_WORDS.has(m[1])) hits.push(place(m.index + m[0].indexOf(m[1], 1), m[1]));
  for (const m of text.matchAll(ROMANIZED_PLACE)) hits.push(place(m.index, m[0]));
  for (const m of text.matchAll(PLACE_LIST)) {
    for (const name of [m[1], m[2]].filter(Boolean)) hits.push(place(m.index + m[0].lastIndexOf(name), name));
  }
  for (const m of text.matchAll(PLACE_IN_COUNTRY)) if (!NOT_NAME_WORDS.has(m[1])) hits.push(place(m.index, m[1]));
  for (const m of text.matchAll(COUNTRY)) hits.push({ ...place(m.index, m[1]), country: COUNTRY_NAMES[m[1].toLowerCase()].code });
  return hits;
}

const ORG_WORD = anyOf(ORGANISATION_WORDS);
const ORG_TAIL = `(?:\\s+(?:of|for|in|on)\\s+(?:the\\s+)?(?:${CAP})(?:(?:,\\s+|\\s+(?:and|&|of|for|the|on)\\s+|\\s+)(?:${CAP}))*)?`;
const ORG_PHRASE = new RegExp(
  `(?<![\\p{L}])(?:${CAP})(?:\\s+(?:(?:and|&)\\s+)?(?:${CAP}))*\\s+(?:${ORG_WORD})(?![\\p{L}])${ORG_TAIL}`,
  "gu",
);
const ORG_HEAD_FIRST = new RegExp(
  `(?<![\\p{L}])(?:${ORG_WORD})\\s+(?:of|for|in)\\s+(?:the\\s+)?(?:${CAP})(?:(?:,\\s+|\\s+(?:and|&|of|for|the)\\s+|\\s+)(?:${CAP}))*`,
  "gu",
);
const ENDS_WITH_ORG_WORD = new RegExp(`(?:${ORG_WORD})$`);

// A name runs on through "and" only to another word of a name: "… Committee and Deputy
// Mayor of …" ends at "Committee".
function untilTitle(words: string[]): string[] {
  const isTitle = (word: string) => TITLE_WORDS.includes(word) || TITLE_MODIFIERS.includes(word);
  const end = words.findIndex((word, i) => i > 0 && ((/^(?:and|&)$/.test(words[i - 1]) && isTitle(word)) || /['’]s$/.test(words[i - 1])));
  const kept = end < 0 ? words : words.slice(0, end);
  return /^(?:and|&|of|for|the|in|on)$/.test(kept[kept.length - 1] ?? "") ? kept.slice(0, -1) : kept;
}

// "Standing Committee of the … Committee": the body is the outer one.
function outermostBody(phrase: string): string {
  const inner = /\s(?:of|in)\s+(?:the\s+)?(.+)$/.exec(phrase);
  return inner && ENDS_WITH_ORG_WORD.test(inner[1]) && /^[A-Z]/.test(inner[1]) ? inner[1] : phrase;
}

function englishOrganisations(text: string): PatternHit[] {
  const hits: PatternHit[] = [];
  for (const m of [...text.matchAll(ORG_PHRASE), ...text.matchAll(ORG_HEAD_FIRST)]) {
    const words = m[0].split(/\s+/);
    const skip = words.findIndex((word) => !NOT_NAME_WORDS.has(word) || ORGANISATION_WORDS.includes(word));
    if (skip < 0) continue;
    const phrase = outermostBody(
      untilTitle(words.slice(skip))
        .join(" ")
        .replace(/[,\s]+$/, ""),
    );
    if (phrase.split(/\s+/).length < 2 && !/^[A-Z]{2,}$/.test(phrase)) continue;
    const start = m.index + m[0].indexOf(phrase);
    hits.push({ start, end: start + phrase.length, text: phrase, kind: "organisation" });
  }
  return hits;
}

// An acronym in brackets after an organisation's name names it too: "(KOTRA)".
export function acronymAfter(text: string, end: number): Span | null {
  const m = /^\s*\(([A-Z][A-Z0-9&]{1,9})\)/.exec(text.slice(end, end + 14));
  return m ? { start: end + m[0].indexOf(m[1]), end: end + m[0].indexOf(m[1]) + m[1].length } : null;
}

// Every name the patterns find; overlapping finds are settled by the caller.
export function findPatternNames(text: string): PatternHit[] {
  const cjkPeople = findCjkPeople(text);
  return [
    ...englishPeople(text),
    ...englishPlaces(text),
    ...englishOrganisations(text),
    ...cjkPeople,
    ...findCjkPlaces(text, cjkPeople),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
}
