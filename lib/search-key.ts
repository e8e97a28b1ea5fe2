// Search keys: the forms under which a name is filed, so that a query typed in any script
// or spelling finds it by prefix. Pure (no database), so a browser can fold a query the
// same way the server filed the names.
import { hanKeys, simplifiedForms } from "@/lib/search-key-han";
import { hangulKeys, hangulQueryKeys } from "@/lib/search-key-hangul";

export const NAMED_RECORD_TYPES = ["PLACE", "PERSON", "ORGANISATION"] as const;
export type NamedRecordType = (typeof NAMED_RECORD_TYPES)[number];
// Sources, delegations and events share the index but are filed by title (titleKeysOf), not
// as names: a title is no name, has no other-script forms or country, and is never
// "possibly the same" as one.
export const TITLED_RECORD_TYPES = ["SOURCE", "DELEGATION", "EVENT"] as const;
export type TitledRecordType = (typeof TITLED_RECORD_TYPES)[number];
export type IndexedRecordType = NamedRecordType | TitledRecordType;

// One row of the SearchKey table.
export type SearchKeyRow = { key: string; text: string; recordType: IndexedRecordType; recordId: string; country: string | null };

// Combining marks of Latin letters: pinyin tones (Yángzhōu) and Hepburn macrons (Ōsaka).
const LATIN_MARKS = /[\u0300-\u036f]/g;
// Katakana and hiragana spell the same sounds a fixed code-point distance apart.
const KATAKANA = /[\u30a1-\u30f6]/g;
const HIRAGANA_OFFSET = 0x60;
const SEPARATORS = /[\s\p{P}\p{S}]+/gu;
const WORD_BREAKS = /[\s,・·]+/u;

// English words that say what kind of place a name is, not which place: "Gangnam District"
// and 강남구 both file under "gangnam". Only stripped at the end of a name of 2+ words.
const ADMIN_WORDS = new Set([
  "city",
  "province",
  "prefecture",
  "county",
  "district",
  "ward",
  "town",
  "township",
  "village",
  "region",
  "municipality",
  "metropolis",
  "metropolitan",
  "special",
  "autonomous",
  "administrative",
  "selfgoverning",
]);
// Romanized administrative suffixes, recognised only after a hyphen ("Gyeonggi-do").
const ROMANIZED_SUFFIXES = new Set([
  "do",
  "si",
  "gun",
  "gu",
  "eup",
  "myeon",
  "shi",
  "ken",
  "fu",
  "ku",
  "cho",
  "machi",
  "mura",
  "sheng",
  "xian",
  "qu",
]);

// The spelling-independent form of a text: full-width to half-width (NFKC), tone marks and
// macrons dropped, lower case, katakana as hiragana, no spaces, hyphens or punctuation.
// NFKD then NFKC, so that kana keep their voicing marks and Hangul its syllables.
export function foldName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(LATIN_MARKS, "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(KATAKANA, (kana) => String.fromCharCode(kana.charCodeAt(0) - HIRAGANA_OFFSET))
    .replace(SEPARATORS, "");
}

function wordsOf(text: string): string[] {
  return text.split(WORD_BREAKS).map(foldName).filter(Boolean);
}

function orderings(words: string[]): string[][] {
  if (words.length <= 1) return [words];
  return words.flatMap((word, i) => orderings(words.filter((_, j) => j !== i)).map((rest) => [word, ...rest]));
}

// "Ishiguro Kenhiko" is also filed as "kenhikoishiguro", so either order finds it, even
// typed in part. Names of more than three words get one extra key, their words sorted.
function wordOrderKeys(words: string[]): string[] {
  if (words.length > 3) return [[...words].sort().join("")];
  return words.length > 1 ? orderings(words).map((order) => order.join("")) : [];
}

function withoutAdminWords(words: string[]): string[] {
  let end = words.length;
  while (end > 1 && ADMIN_WORDS.has(words[end - 1])) end--;
  return words.slice(0, end);
}

function withoutRomanizedSuffix(text: string): string {
  const match = /^(.+?)-(\p{L}+)\s*$/u.exec(text.trim());
  return match && ROMANIZED_SUFFIXES.has(foldName(match[2])) ? foldName(match[1]) : "";
}

// Transliterations may come back with a diaeresis (lü) or spaces: fold them like the rest.
function unique(keys: string[]): string[] {
  return [...new Set(keys.map(foldName).filter(Boolean))];
}

// Every key a name is filed under. `lang` (BCP 47) says how to read Han characters;
// `recordType` PERSON files a name in both orders and with customary surname spellings,
// and keeps administrative suffixes, which in a person's name are just syllables.
export function searchKeysOf(text: string, lang?: string, recordType?: NamedRecordType): string[] {
  const isPerson = recordType === "PERSON";
  // Other word orders leave out administrative words, so that "City" does not find every city.
  const words = isPerson ? wordsOf(text) : withoutAdminWords(wordsOf(text));
  const folded = foldName(text);
  return unique([
    folded,
    ...wordOrderKeys(words),
    ...(isPerson ? [] : [words.join(""), withoutRomanizedSuffix(text)]),
    ...hanKeys(folded, { lang, isPerson }),
    ...hangulKeys(folded, { isPerson }),
  ]);
}

// The keys a typed query is looked up by, each meant as a prefix of a filed key. A query
// has no language, so Han characters are read both as Chinese and as Japanese.
export function queryKeysOf(query: string): string[] {
  const words = wordsOf(query);
  const folded = foldName(query);
  return unique([
    folded,
    withoutAdminWords(words).join(""),
    ...(words.length > 3 ? wordOrderKeys(words) : []),
    ...hanKeys(folded, { lang: undefined, isPerson: false }),
    ...hangulQueryKeys(folded),
  ]);
}

export type NamedRecord = { id: string; name: string; country: string | null; names: { text: string; lang: string }[] };

// The rows filing a record under every key of its names (its canonical English name
// first), each key once, with the first name that gave it.
export function nameKeyRowsOf(recordType: NamedRecordType, record: NamedRecord): SearchKeyRow[] {
  const texts = [{ text: record.name, lang: "en" }, ...record.names];
  const rows = new Map<string, string>();
  for (const { text, lang } of texts) {
    for (const key of searchKeysOf(text, lang, recordType)) if (!rows.has(key)) rows.set(key, text);
  }
  return [...rows].map(([key, text]) => ({ key, text, recordType, recordId: record.id, country: record.country }));
}

// A title is filed from the start of each word and, in Chinese or Japanese text (no
// spaces), of each character, so "Okayama" finds "Yangzhou and Okayama sign …" and 冈山
// finds 扬州市与冈山市缔结友好城市. Keys are cut short: a prefix lookup needs no more.
const TITLE_KEY_LENGTH = 48;
const TITLE_STARTS = 48;
const LETTER = /[\p{L}\p{N}]/u;
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

const cut = (key: string) => [...key].slice(0, TITLE_KEY_LENGTH).join("");

function titleStarts(title: string): string[] {
  const chars = [...title.normalize("NFKC")];
  const starts: string[] = [];
  for (let i = 0; i < chars.length && starts.length < TITLE_STARTS; i++) {
    const isStart = LETTER.test(chars[i]) && (i === 0 || !LETTER.test(chars[i - 1]) || HAN_OR_KANA.test(chars[i]));
    if (isStart) starts.push(chars.slice(i, i + 2 * TITLE_KEY_LENGTH).join(""));
  }
  return starts;
}

// Han text is also filed in simplified form, so 揚州 finds a title written 扬州.
export function titleKeysOf(title: string, lang?: string | null): string[] {
  const keys = titleStarts(title).flatMap((start) => {
    const folded = foldName(start);
    return [folded, ...(HAN_OR_KANA.test(folded) ? simplifiedForms(folded, lang ?? undefined) : [])];
  });
  return [...new Set(keys.map(cut).filter(Boolean))];
}

// A record filed by title: a source (in its language), a delegation or an event (a title
// or name in English, lang null).
export type TitledRecord = { id: string; title: string; lang?: string | null };

export function titleKeyRowsOf(record: TitledRecord, recordType: TitledRecordType = "SOURCE"): SearchKeyRow[] {
  return titleKeysOf(record.title, record.lang).map((key) => ({
    key,
    text: record.title,
    recordType,
    recordId: record.id,
    country: null,
  }));
}

// A title query folds like a name query (a Chinese query's pinyin finds a Latin title),
// cut to the length titles are filed under.
export function titleQueryKeysOf(query: string): string[] {
  return [...new Set(queryKeysOf(query).map(cut))];
}
