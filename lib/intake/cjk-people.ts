import type { Span } from "@/lib/intake/types";
import type { PatternHit } from "@/lib/intake/name-patterns";
import { anyOf, endsWithWord, HAN_RUN, isPlaceElsewhere, KOREAN_END } from "@/lib/intake/cjk-places";
import {
  AFTER_HAN_NAME_CHARS,
  HAN_BOUNDARY_CHARS,
  HAN_BOUNDARY_WORDS,
  HAN_COMPOUND_SURNAMES,
  HANGUL_COMPOUND_SURNAMES,
} from "@/lib/intake/cjk-words";
import { CJK_PLACE_SUFFIXES, CJK_TITLES, HAN_SURNAMES, HANGUL_SURNAMES, KOREAN_TITLES } from "@/lib/intake/name-words";

// People no record holds yet in Chinese, Japanese and Korean text, by the title written
// before or after the name (市长张建国, 张建国市长, 田中一郎知事, 홍길동 시장은). With no
// spaces, a Chinese name's end is told by the word after it (朴民浩|访问), its start by
// its family name, the longest known first (欧阳|明远).

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK_TITLE = new RegExp(anyOf(CJK_TITLES), "gu");
// Titles that begin with a place's ending (市长 "mayor"): "黄石市长" may be the mayor of 黄石.
const PLACE_TITLE = new RegExp(`^[${CJK_PLACE_SUFFIXES}]`, "u");

const startsWithWord = (after: string) => HAN_BOUNDARY_WORDS.some((word) => after.startsWith(word));

// A title and what qualifies it, back to the last mark of punctuation (海云台区副区厅长).
function positionBefore(text: string, titleEnd: number): Span & { title: string } {
  const before = text.slice(Math.max(0, titleEnd - 20), titleEnd);
  const cut = Math.max(...[...before.matchAll(/[、，,。；;：:\s与和同随赴将]/gu)].map((m) => m.index + 1), 0);
  const start = titleEnd - before.length + cut;
  return { start, end: titleEnd, title: text.slice(start, titleEnd) };
}

// How strongly the text after a name says it has ended: a change of script, a word, a mark.
function endStrength(after: string): number {
  if (!/^\p{Script=Han}/u.test(after)) return 3;
  if (startsWithWord(after)) return 2;
  return AFTER_HAN_NAME_CHARS.includes(after[0]) ? 1 : 0;
}

// The surname at `start` by the longest known (欧阳 before 欧), and the lengths its full name
// may have, the commoner first.
function nameLengths(text: string, start: number): number[] {
  if (HAN_COMPOUND_SURNAMES.some((surname) => text.startsWith(surname, start))) return [3, 4];
  return HAN_SURNAMES.includes(text[start]) ? [3, 2] : [];
}

// A name after its title (市长张建国): as long as the words after it allow, three characters
// when they do not say.
function nameAfterTitle(text: string, start: number): number {
  let best = { length: 0, strength: -1 };
  for (const length of nameLengths(text, start)) {
    if (!/^\p{Script=Han}+$/u.test(text.slice(start, start + length))) continue;
    const strength = endStrength(text.slice(start + length));
    if (strength > best.strength) best = { length, strength };
  }
  return best.length;
}

function titleBeforeName(text: string): PatternHit[] {
  const hits: PatternHit[] = [];
  for (const m of text.matchAll(CJK_TITLE)) {
    const start = m.index + m[0].length;
    const length = nameAfterTitle(text, start);
    if (!length) continue;
    hits.push({
      start,
      end: start + length,
      text: text.slice(start, start + length),
      kind: "person",
      position: positionBefore(text, start),
    });
  }
  return hits;
}

// A name before its title (张建国市长, 田中一郎知事), bounded before by a word, a mark or
// another script. Where the title begins with a place's ending, a short name could be the
// place's (黄石市长, 青森市長), so only a full name that names no place elsewhere is taken.
function nameBeforeTitle(text: string, run: string, titleAt: number, title: string): number {
  const isJapanese = KANA.test(text);
  // Japanese names stand between kana or marks; Chinese ones start with a family name.
  const lengths = isJapanese
    ? titleAt <= 4
      ? [titleAt]
      : []
    : [4, 3, 2].filter((length) => length <= titleAt && nameLengths(run, titleAt - length).includes(length));
  const fullLength = isJapanese ? 4 : 3;
  // 石家庄市长李明浩: a name after the title, so what stands before it qualifies the title.
  if (nameAfterTitle(run, titleAt + title.length)) return 0;
  for (const length of lengths) {
    const at = titleAt - length;
    const before = run.slice(0, at);
    const isBounded = at === 0 || endsWithWord(before) || `${HAN_BOUNDARY_CHARS}和同向`.includes(before[before.length - 1]);
    const name = run.slice(at, titleAt);
    if (length < 2 || !isBounded || CJK_PLACE_SUFFIXES.includes(name[name.length - 1])) continue;
    if (PLACE_TITLE.test(title) && (length < fullLength || isPlaceElsewhere(text, name, title[0]))) continue;
    return length;
  }
  return 0;
}

// Japanese writes 氏 after a name as "Mr." or "Ms." before it.
function hanNamesBeforeTitles(text: string): PatternHit[] {
  const hits: PatternHit[] = [];
  const isJapanese = KANA.test(text);
  for (const run of text.matchAll(HAN_RUN)) {
    const titles = [...run[0].matchAll(CJK_TITLE), ...(isJapanese ? run[0].matchAll(/氏$/gu) : [])];
    for (const m of titles) {
      const length = nameBeforeTitle(text, run[0], m.index, m[0]);
      if (!length) continue;
      const start = run.index + m.index - length;
      const position = m[0] === "氏" ? undefined : { start: start + length, end: start + length + m[0].length, title: m[0] };
      hits.push({ start, end: start + length, text: run[0].slice(m.index - length, m.index), kind: "person", position });
    }
  }
  return hits;
}

// Particles no given name ends in: "시장 김구는" is 김구 and 는, not a name 김구는.
const NOT_NAME_END = "(?:는|를|을|과|와|의)(?![가-힣])";
const KOREAN_NAME = `(?:(?:${HANGUL_COMPOUND_SURNAMES.join("|")})[가-힣]{1,2}|[${HANGUL_SURNAMES}][가-힣](?!${NOT_NAME_END})[가-힣]|[${HANGUL_SURNAMES}][가-힣])`;
const KOREAN_TITLE = `[가-힣]{0,6}?(?:${anyOf(KOREAN_TITLES)})`;
const KOREAN_NAME_TITLE = new RegExp(`(?<![가-힣])(${KOREAN_NAME})\\s+(${KOREAN_TITLE})(?=${KOREAN_END})`, "gu");
const KOREAN_TITLE_NAME = new RegExp(`(?<![가-힣])(${KOREAN_TITLE})\\s+(${KOREAN_NAME})(?=${KOREAN_END})`, "gu");
const HANGUL_PLACE_ENDINGS = /^(?:시|군|구|도)/u;

// A family name and one syllable (김구) is as often a place (김해 시장, "the mayor of
// Gimhae") or a word (시장 선거, "the mayoral election"), so it is taken only where the
// article also calls the person by the family name and a title (김 지사), as reports do after
// the first mention, and writes it nowhere as a place.
function isTwoSyllableName(text: string, name: string): boolean {
  if (name.length !== 2) return true;
  const byFamilyName = new RegExp(`(?<![가-힣])${name[0]}\\s+${KOREAN_TITLE}(?=${KOREAN_END})`, "u");
  const asPlace = [...text.matchAll(new RegExp(name, "gu"))].some((m) => HANGUL_PLACE_ENDINGS.test(text.slice(m.index + 2)));
  return byFamilyName.test(text) && !asPlace;
}

// "시장 이준은" is 이준 and the particle 은 where the report also writes 이준 bare ("이준
// 시장은"); a name that ends in 은 or 이 (김지은) and is never written shorter is kept whole.
function withoutParticle(text: string, name: string): string {
  if (name.length !== 3 || !/[은이]$/u.test(name)) return name;
  const stem = name.slice(0, 2);
  return new RegExp(`(?<![가-힣])${stem}(?![가-힣])`, "u").test(text) ? stem : name;
}

function koreanPeople(text: string): PatternHit[] {
  const hits: PatternHit[] = [];
  for (const m of text.matchAll(KOREAN_NAME_TITLE)) {
    if (!isTwoSyllableName(text, m[1])) continue;
    const titleStart = m.index + m[0].length - m[2].length;
    const position = { start: titleStart, end: titleStart + m[2].length, title: m[2] };
    hits.push({ start: m.index, end: m.index + m[1].length, text: m[1], kind: "person", position });
  }
  for (const m of text.matchAll(KOREAN_TITLE_NAME)) {
    if (!isTwoSyllableName(text, m[2])) continue;
    const start = m.index + m[0].length - m[2].length;
    const name = withoutParticle(text, m[2]);
    hits.push({
      start,
      end: start + name.length,
      text: name,
      kind: "person",
      position: { start: m.index, end: m.index + m[1].length, title: m[1] },
    });
  }
  return hits;
}

export function findCjkPeople(text: string): PatternHit[] {
  if (!/[\p{Script=Han}\p{Script=Hangul}]/u.test(text)) return [];
  return [...titleBeforeName(text), ...hanNamesBeforeTitles(text), ...koreanPeople(text)];
}
