import { foldName } from "@/lib/search-key";
import { coverOf, evidenceOf } from "@/lib/intake/sentences";
import { datesIn, mentionsIn, type Reading } from "@/lib/intake/reading";
import type { EventSuggestion, Span } from "@/lib/intake/types";

// Events: a forum, exhibition, dialogue, exchange year … named with a capitalised title,
// in quotation marks before its kind, or after "held", "hosted", "launched".

const EVENT_NOUN =
  "forum|expo|exhibition|fair|festival|conference|summit|dialogue|symposium|seminar|meeting|ceremony|year|week|games|competition|promotion|show|concert|contest|exchange year";
const HELD = new RegExp(
  `\\b(?:held|hosted|co-hosted|organi[sz]ed|launched|opened|staged)\\s+(?:the\\s+|a\\s+|an\\s+)?([^.;!?]{0,200}\\b(?:${EVENT_NOUN})s?)\\b`,
  "giu",
);
const TITLE_NOUN = EVENT_NOUN.split("|").filter((noun) => noun !== "promotion" && noun !== "show");
const TITLE_WORD = "[A-Z][\\p{L}’'-]*|\\([A-Z][\\p{L}]*\\)|\\d{4}";
const TITLED = new RegExp(
  `(?<![\\p{L}])(?:${TITLE_WORD})(?:\\s+(?:${TITLE_WORD}|and|of|for|the|on|-|&))*\\s+(?:${TITLE_NOUN.map((n) => n[0].toUpperCase() + n.slice(1)).join("|")})\\b`,
  "gu",
);
const QUOTED_THEN_KIND = new RegExp(`["“]([^"”]{3,80})["”]\\s*((?:\\([^)]{1,40}\\)\\s*)?(?:[a-z-]+\\s+){0,5}?(?:${EVENT_NOUN}))\\b`, "gu");
const CJK_EVENT =
  /[\p{Script=Han}]{2,14}?(?:论坛|博览会|展览会|交流会|推介会|对话会|研讨会|交流年|文化节|艺术节|フォーラム|博覧会|交流会|포럼|박람회|축제)/gu;

function placeFor(reading: Reading, span: Span, sentence: Span): number | null {
  const after = reading.text.slice(span.end, sentence.end);
  const held = /^\s*(?:was\s+|were\s+)?(?:held\s+)?in\s+/u.exec(after);
  const mentions = mentionsIn(reading, sentence).filter((m) => m.kind === "place");
  // A place in brackets after a quoted title: "Water Festival" (Busan).
  const inside = mentions.find(
    (m) => m.start >= span.start && m.end <= span.end && /["”]\s*\($/u.test(reading.text.slice(m.start - 3, m.start)),
  );
  const next = held ? mentions.find((m) => m.start === span.end + held[0].length) : undefined;
  return (next ?? inside)?.entity ?? null;
}

export function findEvents(reading: Reading): EventSuggestion[] {
  const events: EventSuggestion[] = [];
  const add = (start: number, title: string, sentence: Span) => {
    const clean = title.replace(/^(?:the|a|an)\s+/i, "").trim();
    const display = clean.replace(/["“”]/g, "");
    const key = foldName(clean);
    if (key.length < 6 || events.some((e) => foldName(e.title).includes(key) || key.includes(foldName(e.title)))) return;
    const span = { start: start + title.indexOf(clean), end: start + title.indexOf(clean) + clean.length };
    const date = datesIn(reading, sentence)[0];
    events.push({
      title: display,
      place: placeFor(reading, span, sentence),
      date,
      evidence: evidenceOf(reading.text, coverOf([span, ...(date ? [date] : [])])),
    });
  };
  for (const sentence of reading.sentences) {
    const text = reading.text.slice(sentence.start, sentence.end);
    const quoted = new Set<string>();
    for (const m of text.matchAll(QUOTED_THEN_KIND)) {
      if (quoted.has(m[1]) || !quoted.add(m[1])) continue;
      add(sentence.start + m.index + 1, m[0].slice(1), sentence);
    }
    for (const m of text.matchAll(TITLED)) add(sentence.start + m.index, m[0], sentence);
    for (const m of text.matchAll(HELD)) {
      let offset = m.index + m[0].indexOf(m[1]);
      for (const part of m[1].split(/,\s+/)) {
        const last = [...part.matchAll(new RegExp(`\\b(?:${EVENT_NOUN})s?\\b`, "giu"))].pop();
        const words = part.split(/\s+/).length;
        if (last && words >= 3 && words <= 16) add(sentence.start + offset, part.slice(0, last.index + last[0].length), sentence);
        offset += part.length + 2;
      }
    }
    for (const m of text.matchAll(CJK_EVENT)) add(sentence.start + m.index, m[0], sentence);
  }
  return events;
}
