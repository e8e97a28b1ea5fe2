import * as chrono from "chrono-node";
import type { FoundDate, Span } from "@/lib/intake/types";
import { datePrecision, isPartialDate } from "@/lib/partial-date";

// Dates an article states, each at the precision it is written ("2003", "May 1994",
// "March 12"), with the parts it leaves out taken from the article's own date and said so.

const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH = "January|February|March|April|May|June|July|August|September|October|November|December";
const pad = (n: number) => String(n).padStart(2, "0");
const digits = (text: string) => Number(text.normalize("NFKC"));

type ArticleDate = { year: number; month: number | null; day: number | null; value: string };

function articleDateOf(value: string | null): ArticleDate | null {
  if (!value || !isPartialDate(value)) return null;
  const [year, month, day] = value.split("-").map(Number);
  return { year, month: month ?? null, day: day ?? null, value };
}

// A month (and day) with no year happened on or before the article's date: the most recent
// such month, the article's year unless that would lie after it.
function yearFor(month: number, day: number | null, article: ArticleDate): number {
  if (article.month === null) return article.year;
  const isLater = month > article.month || (month === article.month && day !== null && article.day !== null && day > article.day);
  return isLater ? article.year - 1 : article.year;
}

function dated(span: Span, text: string, value: string, inferredReason?: string): FoundDate {
  return { ...span, value, precision: datePrecision(value), notation: text.slice(span.start, span.end), inferredReason };
}

const fromArticle = (article: ArticleDate) => `year from the article's date (${article.value})`;
const relativeTo = (article: ArticleDate, words: string) => `year counted from the article's date (${article.value}): "${words}"`;

function relativeDates(text: string, article: ArticleDate | null): FoundDate[] {
  if (!article) return [];
  const found: FoundDate[] = [];
  const at = (m: RegExpMatchArray) => ({ start: m.index!, end: m.index! + m[0].length });
  const monthOf = (name: string) => MONTH_NAMES.indexOf(name.toLowerCase()) + 1;
  for (const m of text.matchAll(new RegExp(`\\b(${MONTH})(?:\\s+of)?\\s+last\\s+year\\b`, "gi")))
    found.push(dated(at(m), text, `${article.year - 1}-${pad(monthOf(m[1]))}`, relativeTo(article, m[0])));
  for (const m of text.matchAll(new RegExp(`\\blast\\s+(${MONTH})\\b`, "gi"))) {
    const month = monthOf(m[1]);
    const year = article.month !== null && month < article.month ? article.year : article.year - 1;
    found.push(dated(at(m), text, `${year}-${pad(month)}`, relativeTo(article, m[0])));
  }
  for (const m of text.matchAll(/\b(last|this|next)\s+year\b/gi)) {
    const year = article.year + { last: -1, this: 0, next: 1 }[m[1].toLowerCase() as "last" | "this" | "next"];
    found.push(dated(at(m), text, String(year), relativeTo(article, m[0])));
  }
  return found;
}

// A bare year, not part of a longer number ("1,200", "2024-06-19").
const YEAR = /(?<![\d,.\-:])(1[89]\d{2}|20\d{2})(?!\d|[,.\-:]\d)/g;

function chronoDates(text: string, article: ArticleDate | null): FoundDate[] {
  const reference = article ? new Date(Date.UTC(article.year, (article.month ?? 12) - 1, article.day ?? 28)) : new Date(0);
  const found: FoundDate[] = [];
  for (const result of chrono.parse(text, { instant: reference, timezone: 0 }, { forwardDate: false })) {
    // "now", "a few days ago": no month or number written, nothing to cite as a date.
    if (!result.start.isCertain("month") || !new RegExp(`\\d|${MONTH}`, "i").test(result.text)) continue;
    const valueOf = (component: chrono.ParsedComponents): { value: string; reason?: string } | null => {
      const month = component.get("month")!;
      const day = component.isCertain("day") ? component.get("day")! : null;
      const monthDay = `${pad(month)}${day ? `-${pad(day)}` : ""}`;
      if (component.isCertain("year")) return { value: `${component.get("year")}-${monthDay}` };
      if (!article) return null;
      return { value: `${yearFor(month, day, article)}-${monthDay}`, reason: fromArticle(article) };
    };
    const start = valueOf(result.start);
    if (!start) continue;
    const span = { start: result.index, end: result.index + result.text.replace(/[\s,.]+$/, "").length };
    const date = dated(span, text, start.value, start.reason);
    const end = result.end && valueOf(result.end);
    found.push(end ? { ...date, endValue: end.value } : date);
  }
  return found;
}

const CJK_FULL = /([0-9０-９]{4})\s*[年년]\s*([0-9０-９]{1,2})\s*[月월]\s*(?:([0-9０-９]{1,2})\s*[日号일])?/gu;
const CJK_MONTH_DAY = /(?<![0-9０-９年년]\s*)([0-9０-９]{1,2})\s*[月월]\s*([0-9０-９]{1,2})\s*[日号일]/gu;
const CJK_YEAR = /([0-9０-９]{4})\s*[年년](?![0-9０-９\s]*[月월代])/gu;
const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };
const ERA_YEAR = /(令和|平成|昭和)([0-9０-９]{1,2}|元)年(?:([0-9０-９]{1,2})月(?:([0-9０-９]{1,2})日)?)?/gu;

// The end of a span of days after a CJK day: "6月19日至20日", "6月19日～6月20日", "6월 19일부터 20일까지".
const CJK_UNTIL_DAY = /^\s*(?:至|到|~|～|-|–|—|부터)\s*(?:([0-9０-９]{1,2})\s*[月월]\s*)?([0-9０-９]{1,2})\s*[日号일](?:\s*까지)?/u;

// A day read as a span when the text goes on to its last day: the span reaches over it.
function withDayRange(date: FoundDate, text: string): FoundDate {
  const until = CJK_UNTIL_DAY.exec(text.slice(date.end));
  if (!until || date.value.length !== 10) return date;
  const month = until[1] ? pad(digits(until[1])) : date.value.slice(5, 7);
  const endValue = `${date.value.slice(0, 4)}-${month}-${pad(digits(until[2]))}`;
  if (!isPartialDate(endValue) || endValue < date.value) return date;
  const span = { start: date.start, end: date.end + until[0].length };
  return { ...dated(span, text, date.value, date.inferredReason), endValue };
}

function cjkDates(text: string, article: ArticleDate | null): FoundDate[] {
  const found: FoundDate[] = [];
  const at = (m: RegExpMatchArray) => ({ start: m.index!, end: m.index! + m[0].length });
  for (const m of text.matchAll(CJK_FULL))
    found.push(withDayRange(dated(at(m), text, `${digits(m[1])}-${pad(digits(m[2]))}${m[3] ? `-${pad(digits(m[3]))}` : ""}`), text));
  for (const m of text.matchAll(CJK_YEAR)) found.push(dated(at(m), text, String(digits(m[1]))));
  for (const m of text.matchAll(ERA_YEAR)) {
    const year = ERAS[m[1]] + (m[2] === "元" ? 1 : digits(m[2]));
    const value = `${year}${m[3] ? `-${pad(digits(m[3]))}` : ""}${m[4] ? `-${pad(digits(m[4]))}` : ""}`;
    found.push(dated(at(m), text, value));
  }
  if (article) {
    for (const m of text.matchAll(CJK_MONTH_DAY)) {
      const [month, day] = [digits(m[1]), digits(m[2])];
      found.push(withDayRange(dated(at(m), text, `${yearFor(month, day, article)}-${pad(month)}-${pad(day)}`, fromArticle(article)), text));
    }
  }
  return found;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

// Every date of the article, in order; where two readings overlap, the first found (the
// more specific rule) stands.
export function findDates(text: string, articleDateValue: string | null): FoundDate[] {
  const article = articleDateOf(articleDateValue);
  const candidates = [
    ...cjkDates(text, article),
    ...relativeDates(text, article),
    ...chronoDates(text, article),
    ...[...text.matchAll(YEAR)].map((m) => dated({ start: m.index, end: m.index + m[0].length }, text, m[1])),
  ];
  const kept: FoundDate[] = [];
  for (const date of candidates) {
    if (isPartialDate(date.value) && !kept.some((other) => overlaps(other, date))) kept.push(date);
  }
  return kept.sort((a, b) => a.start - b.start);
}
