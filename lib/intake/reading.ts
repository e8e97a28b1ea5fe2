import type { Sentence } from "@/lib/intake/sentences";
import type { Entity, FoundDate, Mention, Span } from "@/lib/intake/types";

// What the statement finders share: the article, its sentences, mentions, entities and
// dates, and the questions they ask of a sentence.
export type Reading = {
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  entities: Entity[];
  dates: FoundDate[];
  countries: Set<number>;
};

const within = (inner: Span, outer: Span) => outer.start <= inner.start && inner.end <= outer.end;

export function mentionsIn(reading: Reading, span: Span): Mention[] {
  return reading.mentions.filter((m) => within(m, span));
}

export function datesIn(reading: Reading, span: Span): FoundDate[] {
  return reading.dates.filter((d) => within(d, span));
}

// Where a place mention only says where another is, or stands inside another name, it is
// no party of its own: "Kurashiki City of Hyogo Prefecture", "Weifang's Kuiwen District",
// "Nagano, Japan", "潍坊市奎文区", "Kuiwen District CPC Committee", "Governor of Hyogo".
function isQualifier(reading: Reading, mention: Mention, all: Mention[]): boolean {
  if (all.some((m) => m !== mention && m.kind === "organisation" && within(mention, m))) return true;
  if (all.some((m) => m.position && within(mention, m.position))) return true;
  return placeQualified(reading, mention, all) !== undefined;
}

type Qualified = { inner: Mention; listed: boolean };

// The place a place mention says where it is: "Kurashiki City" for "Hyogo Prefecture" in
// "Kurashiki City of Hyogo Prefecture"; "Kuiwen District" for "Weifang" in "Weifang's Kuiwen
// District" and for "潍坊市" in "潍坊市奎文区"; "Nagano" for "Japan" in "Nagano, Japan".
// `listed`: the two are written as a pair of a list ("Nagano, Japan"), as a list of two
// peers also reads ("Fukuoka City, Kitakyushu and …").
function placeQualified(reading: Reading, mention: Mention, all: Mention[]): Qualified | undefined {
  const { text } = reading;
  const gap = (a: Span, b: Span) => text.slice(a.end, b.start);
  const places = all.filter((m) => m.kind === "place" && m !== mention);
  const ofIt = places.find((p) => p.end <= mention.start && /^\s+of\s+(?:the\s+)?$/.test(gap(p, mention)));
  const itsOwn = places.find((p) => p.start >= mention.end && /^(?:['’]s\s+)?$/.test(gap(mention, p)));
  const written = ofIt ?? itsOwn;
  if (written) return { inner: written, listed: false };
  const listed = places.find((p) => p.end <= mention.start && /^,\s+$/.test(gap(p, mention)));
  const endsPair = /^\s*(?:and\b|&|:|;|\)|\.|$)/.test(text.slice(mention.end, mention.end + 6));
  return listed && (reading.countries.has(mention.entity) || endsPair) ? { inner: listed, listed: true } : undefined;
}

// The place the article writes a place as part of, where it writes the two together (as
// above); null where it never does. Only a guess for the editor: "Seoul, Busan and Incheon"
// reads like "Gangnam District, Seoul", and the levels of the two tell them apart.
// `span` covers the two as written ("Licheng District, Jinan"), the passage that cites it.
export function containerOf(reading: Reading, entity: number): { entity: number; span: Span; listed: boolean } | null {
  const places = reading.mentions.filter((m) => m.kind === "place");
  for (const outer of places) {
    const found = outer.entity === entity ? undefined : placeQualified(reading, outer, places);
    if (found?.inner.entity !== entity) continue;
    const span = { start: Math.min(found.inner.start, outer.start), end: Math.max(found.inner.end, outer.end) };
    return { entity: outer.entity, span, listed: found.listed };
  }
  return null;
}

// The places a sentence makes statements about, each once, in order; countries left out
// unless asked for.
export function partiesIn(reading: Reading, span: Span, options: { countries?: boolean; qualifiers?: boolean } = {}): number[] {
  const all = mentionsIn(reading, span);
  const places = all.filter((m) => m.kind === "place" && (options.qualifiers || !isQualifier(reading, m, all)));
  const entities = places.map((m) => m.entity).filter((e) => options.countries || !reading.countries.has(e));
  return [...new Set(entities)];
}

export function firstMentionOf(reading: Reading, entity: number, span: Span): Mention | undefined {
  return mentionsIn(reading, span).find((m) => m.entity === entity);
}

// Whether the article writes one place as part of the other anywhere ("威海市环翠区",
// "Weihai's Huancui District", "Huancui District of Weihai"): a district and its city are no
// tie's two sides.
export function areNested(reading: Reading, a: number, b: number): boolean {
  const places = reading.mentions.filter((m) => m.kind === "place");
  return places.some((outer) =>
    places.some((inner) => {
      if (new Set([outer.entity, inner.entity, a, b]).size !== 2 || outer.entity === inner.entity) return false;
      const before = /^(?:['’]s\s+)?$/u.test(reading.text.slice(outer.end, inner.start)) && outer.end <= inner.start;
      const after = inner.end <= outer.start && /^\s+of\s+(?:the\s+)?$/u.test(reading.text.slice(inner.end, outer.start));
      return before || after;
    }),
  );
}

const THE_TWO =
  /\b(?:the two|both)\s+(?:cities|provinces|prefectures|places|districts|counties|regions|sides)\b|两市|两省|两区|两地|双方|両市|両県|양\s?(?:시|도|구)/iu;

// "the two cities": the last two places a sentence before this one (up to three back)
// named together, neither part of the other.
export function twoNamedBefore(reading: Reading, span: Span): number[] {
  if (!THE_TWO.test(reading.text.slice(span.start, span.end))) return [];
  const before = reading.sentences
    .filter((s) => s.end <= span.start)
    .slice(-3)
    .reverse();
  for (const sentence of before) {
    const parties = partiesIn(reading, sentence);
    const pair = parties.flatMap((a, i) => parties.slice(i + 1).flatMap((b) => (areNested(reading, a, b) ? [] : [[a, b]])))[0];
    if (pair) return pair;
  }
  return [];
}
