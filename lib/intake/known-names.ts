import { foldName, searchKeysOf, type NamedRecordType } from "@/lib/search-key";
import { simplifiedForms } from "@/lib/search-key-han";
import type { KnownRecord, MentionKind, Span } from "@/lib/intake/types";

// Finding every name of every known record in an article, by the same search keys the
// name search files them under (lib/search-key.ts): "Min-ho Choi" meets 최민호, 杭州
// meets 杭州市, "Haeundae" meets "Haeundae District".

type Entry = { record: KnownRecord; isWritten: boolean; isAcronym: boolean };
export type NameIndex = Map<string, Entry[]>;
export type NameHit = Span & { text: string; kind: MentionKind; records: KnownRecord[] };

const RECORD_TYPES: Record<MentionKind, NamedRecordType> = { place: "PLACE", person: "PERSON", organisation: "ORGANISATION" };
const LATIN_WORD = /[\p{Script=Latin}\p{N}][\p{Script=Latin}\p{M}\p{N}]*(?:[-'’.][\p{Script=Latin}\p{N}]+)*/gu;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
// Between the words of one name: spaces, a hyphen, an ampersand.
const NAME_GAP = /^(?:\s+|\s*[-&]\s*)$/;
const POSSESSIVE = /['’]s$/;
const MAX_WORDS = 9;
const MAX_CJK = 12;

// A key shorter than this in Latin letters says too little to be a name ("sk", "ok").
const MIN_LATIN_KEY = 3;

export function nameIndexOf(records: KnownRecord[]): NameIndex {
  const index: NameIndex = new Map();
  for (const record of records) {
    for (const { text, lang } of [{ text: record.name, lang: "en" }, ...record.names]) {
      const written = foldName(text);
      const isAcronym = /^[A-Z0-9&]{2,6}$/.test(text.trim());
      for (const key of searchKeysOf(text, lang, RECORD_TYPES[record.kind])) {
        if (/^[a-z0-9]+$/.test(key) ? key.length < MIN_LATIN_KEY : [...key].length < 2) continue;
        const entries = index.get(key) ?? [];
        if (!entries.some((entry) => entry.record === record)) entries.push({ record, isWritten: key === written, isAcronym });
        index.set(key, entries);
      }
    }
  }
  return index;
}

// Records a key names, the one written exactly so first ("Nagano" is the city before Nagano
// Prefecture), published before pending.
function recordsOf(entries: Entry[], text: string): KnownRecord[] {
  // An acronym is written in capitals, and a word in capitals ("(JAPAN)") is an acronym.
  const isCapitals = /^[\p{Lu}\p{N}&\s]{2,}$/u.test(text) && /\p{Script=Latin}/u.test(text);
  const fitting = entries.filter((entry) => (entry.isAcronym ? text === text.toUpperCase() : !isCapitals));
  return fitting
    .sort((a, b) => Number(b.isWritten) - Number(a.isWritten) || Number(a.record.isPending) - Number(b.record.isPending))
    .map((entry) => entry.record);
}

function latinHits(text: string, index: NameIndex): NameHit[] {
  const words = [...text.matchAll(LATIN_WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  const hits: NameHit[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!/^[\p{Lu}\p{N}]/u.test(words[i].text)) continue;
    let last = i;
    while (last + 1 < words.length && last - i + 1 < MAX_WORDS && NAME_GAP.test(text.slice(words[last].end, words[last + 1].start))) last++;
    for (let j = last; j >= i; j--) {
      if (!/^[\p{Lu}\p{N}]/u.test(words[j].text)) continue;
      const end = words[j].end - (POSSESSIVE.test(words[j].text) ? 2 : 0);
      const written = text.slice(words[i].start, end);
      const records = recordsOf(index.get(foldName(written)) ?? [], written);
      if (records.length === 0) continue;
      hits.push({ start: words[i].start, end, text: written, kind: records[0].kind, records });
      i = j;
      break;
    }
  }
  return hits;
}

// Han text is looked up in simplified form, read as Chinese and as Japanese, so a
// traditional or shinjitai spelling meets a record filed in simplified characters.
function cjkReadings(run: string): string[] {
  const readings = /\p{Script=Han}/u.test(run) ? simplifiedForms(run, undefined) : [];
  return [run, ...readings.filter((reading) => reading.length === run.length && reading !== run)];
}

function cjkHits(text: string, index: NameIndex): NameHit[] {
  const hits: NameHit[] = [];
  for (const match of text.matchAll(CJK_RUN)) {
    const readings = cjkReadings(match[0]);
    for (let at = 0; at < match[0].length; at++) {
      for (let length = Math.min(MAX_CJK, match[0].length - at); length >= 2; length--) {
        const entries = readings.flatMap((reading) => index.get(foldName(reading.slice(at, at + length))) ?? []);
        if (entries.length === 0) continue;
        const records = recordsOf(entries, match[0]);
        const start = match.index + at;
        hits.push({ start, end: start + length, text: text.slice(start, start + length), kind: records[0].kind, records });
        at += length - 1;
        break;
      }
    }
  }
  return hits;
}

export function findKnownNames(text: string, index: NameIndex): NameHit[] {
  if (index.size === 0) return [];
  return [...latinHits(text, index), ...cjkHits(text, index)].sort((a, b) => a.start - b.start);
}
