import { evidenceOf } from "@/lib/intake/sentences";
import type { Reading } from "@/lib/intake/reading";
import type { FigureSuggestion } from "@/lib/intake/types";

// Figures: a count of things with its qualifier ("more than 1,200 Korean firms",
// "12 pairs of sister-city relations", 超过6500家). Durations and dates are not counts.

const QUALIFIER = "more than|over|nearly|almost|about|around|approximately|at least|up to|fewer than|less than|some|roughly";
const COUNT = new RegExp(
  `(?:\\b(${QUALIFIER})\\s+)?(?<![\\d,.])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?![\\d\\p{L}])(?:\\s+(million|billion|thousand))?\\s+((?:[A-Za-z-]+\\s+){0,3}?[a-z]+s\\b(?:\\s+(?:of|in)\\s+(?:[A-Za-z-]+\\s+){0,3}?[A-Za-z-]+)?)`,
  "giu",
);
const NOT_COUNTED = /^(?:years?|months?|weeks?|days?|hours?|minutes?|times|percent|per cent)\b/u;
const CJK_COUNT = /(超过|逾|近|约|超)?(\d+(?:,\d{3})*)(多|余)?(家|个|对|名|所|项|座)([\p{Script=Han}]{0,8})/gu;
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

export function findFigures(reading: Reading): FigureSuggestion[] {
  const { text } = reading;
  const figures: FigureSuggestion[] = [];
  const inDate = (at: number) => reading.dates.some((d) => d.start <= at && at < d.end);
  for (const m of text.matchAll(COUNT)) {
    const numberAt = m.index + m[0].indexOf(m[2]);
    if (NOT_COUNTED.test(m[4]) || inDate(numberAt)) continue;
    const count = Number(m[2].replace(/,/g, "")) * (SCALE[m[3] ?? ""] ?? 1);
    figures.push({
      count,
      qualifier: m[1] ?? null,
      what: m[4],
      evidence: evidenceOf(text, { start: m.index, end: m.index + m[0].length }),
    });
  }
  for (const m of text.matchAll(CJK_COUNT)) {
    if (inDate(m.index)) continue;
    const qualifier = m[1] ?? m[3] ?? null;
    figures.push({
      count: Number(m[2].replace(/,/g, "")),
      qualifier,
      what: m[4] + m[5],
      evidence: evidenceOf(text, { start: m.index, end: m.index + m[0].length }),
    });
  }
  return figures;
}
