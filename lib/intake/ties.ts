import type { TieKind } from "@/lib/generated/prisma/enums";
import { coverOf, evidenceOf } from "@/lib/intake/sentences";
import { datesIn, firstMentionOf, areNested, partiesIn, twoNamedBefore, type Reading } from "@/lib/intake/reading";
import type { FoundDate, Span, TieSuggestion } from "@/lib/intake/types";

// Ties between two places: a sentence that names two places and uses the vocabulary of
// ties (sister, friendship, partner city; 友好城市, 姉妹都市, 자매결연 …).

const TIE_TERMS: [RegExp, TieKind][] = [
  [
    /\b(?:sister[- ]?(?:cit(?:y|ies)|provinces?|prefectures?|states?|districts?|relationships?|relations|ties)|sisterhood|twin(?:ned)? (?:cit(?:y|ies)|towns?)|twinning)\b|姉妹都市|姉妹提携|姉妹県|姐妹城市|자매결연|자매도시|자매\s?관계/giu,
    "SISTER",
  ],
  [/\bfriendly cooperation\b|友好合作城市|友好合作关系|우호협력/giu, "FRIENDLY_COOPERATION"],
  [
    /\b(?:friendship exchange|friendly (?:exchange|relationship|relations)\b(?! between))|友好交流城市|友好交流关系|우호교류/giu,
    "FRIENDSHIP_EXCHANGE",
  ],
  [
    /\bfriendship[- ](?:cit(?:y|ies)|provinces?|prefectures?|relationships?|relations|ties|agreement)\b|\bfriendship between\b|友好城市|友好省州?|友好县|友好区|友城|友好都市|友好提携|友好県|우호도시|우호\s?관계/giu,
    "FRIENDSHIP",
  ],
  [/\bpartner(?:ship)? (?:cit(?:y|ies)|provinces?|prefectures?)\b/giu, "PARTNERSHIP"],
];
// "the 40th anniversary of …", 40周年, 40주년: an earlier start.
const ANNIVERSARY = /(\d+)(?:st|nd|rd|th)\s+anniversary|(\d+)\s*周年|(\d+)\s*주년/iu;

type Term = Span & { kind: TieKind; text: string };

function termsIn(text: string, span: Span): Term[] {
  const sentence = text.slice(span.start, span.end);
  const terms: Term[] = [];
  for (const [pattern, kind] of TIE_TERMS) {
    for (const m of sentence.matchAll(pattern)) {
      const start = span.start + m.index;
      if (!terms.some((t) => t.start < start + m[0].length && start < t.end))
        terms.push({ start, end: start + m[0].length, kind, text: m[0] });
    }
  }
  return terms.sort((a, b) => a.start - b.start);
}

const JOINED = /^\s*(?:and|&|-|–|与|和|同|및|과|와|・)\s*$/u;

// Pairs the sentence ties: two places; of more, two joined by "and" (与, 과 …), or one
// place "with" several ("X has sister ties with A, B and C").
function pairsOf(reading: Reading, span: Span, parties: number[]): [number, number][] {
  if (parties.length === 2) return [[parties[0], parties[1]]];
  if (parties.length < 2) return [];
  const mentions = parties.map((e) => firstMentionOf(reading, e, span)!);
  if (mentions.some((m) => !m)) return [];
  const hub = mentions[0];
  if (/^[^.;]{0,60}?\bwith\b/u.test(reading.text.slice(hub.end, hub.end + 80))) {
    return parties.slice(1).map((other): [number, number] => [parties[0], other]);
  }
  const joined = mentions.findIndex((m, i) => i > 0 && JOINED.test(reading.text.slice(mentions[i - 1].end, m.start)));
  return joined > 0 ? [[parties[joined - 1], parties[joined]]] : [];
}

// "In 2002, on the occasion of the 10th anniversary of the friendship …": the tie began in
// 1992. The year counted from is the date written nearest the anniversary, else the
// article's; that date is the anniversary's, not the tie's.
function anniversaryOf(reading: Reading, span: Span, dates: FoundDate[], articleDate: string | null) {
  const m = ANNIVERSARY.exec(reading.text.slice(span.start, span.end));
  if (!m) return undefined;
  const years = Number(m[1] ?? m[2] ?? m[3]);
  const at: Span = { start: span.start + m.index, end: span.start + m.index + m[0].length };
  const distance = (d: FoundDate) => Math.max(d.start - at.end, at.start - d.end);
  const counted = dates.filter((d) => d.value.length >= 4).sort((a, b) => distance(a) - distance(b))[0];
  const year = counted?.value.slice(0, 4) ?? articleDate?.slice(0, 4);
  if (!year) return undefined;
  return { counted, span: at, start: { value: String(Number(year) - years), reason: `${m[0]} in ${year}` } };
}

export function findTies(reading: Reading, articleDate: string | null): TieSuggestion[] {
  const ties = new Map<string, TieSuggestion>();
  for (const sentence of reading.sentences) {
    const terms = termsIn(reading.text, sentence);
    if (terms.length === 0) continue;
    const dates = datesIn(reading, sentence);
    const named = partiesIn(reading, sentence);
    const parties = named.length >= 2 ? named : twoNamedBefore(reading, sentence);
    for (const [a, b] of pairsOf(reading, sentence, parties).filter(([a, b]) => !areNested(reading, a, b))) {
      const spans = [a, b].flatMap((e) => firstMentionOf(reading, e, sentence) ?? []);
      const anniversary = anniversaryOf(reading, sentence, dates, articleDate);
      const date = dates.find((d) => d !== anniversary?.counted && !/anniversary|周年|주년/.test(reading.text.slice(d.end, d.end + 30)));
      const term = terms[0];
      const counting = anniversary ? [anniversary.span, ...(anniversary.counted ? [anniversary.counted] : [])] : [];
      const evidence = evidenceOf(reading.text, coverOf([...spans, term, ...(date ? [date] : []), ...counting]));
      const key = [a, b].sort((x, y) => x - y).join("-");
      const tie = ties.get(key) ?? { places: [a, b], statements: [] };
      tie.statements.push({ kind: term.kind, term: term.text, date, impliedStart: anniversary?.start, evidence });
      ties.set(key, tie);
    }
  }
  return [...ties.values()];
}
