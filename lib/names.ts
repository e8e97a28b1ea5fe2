// How names are compared: Unicode NFKC (full-width → half-width, compatibility forms
// folded), lower case, and no spaces, hyphens or punctuation, so "Dong-yeon Kim",
// "dongyeon kim" and "ＤＯＮＧ－ＹＥＯＮ　ＫＩＭ" meet. CJK characters pass through unchanged.
export function normalizeName(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");
}

// A URL-safe slug from an English name: "Gangnam District" → "gangnam-district".
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

export const LANGUAGES = [
  { code: "zh-Hans", label: "Chinese (simplified)" },
  { code: "zh-Hant", label: "Chinese (traditional)" },
  { code: "ja", label: "Japanese" },
  { code: "ko", label: "Korean" },
  { code: "en", label: "English" },
  { code: "zh-Latn-pinyin", label: "Pinyin" },
  { code: "ja-Latn", label: "Japanese romanization" },
  { code: "ko-Latn", label: "Korean romanization" },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]["code"];

export const LANGUAGE_LABELS: Record<string, string> = Object.fromEntries(LANGUAGES.map((language) => [language.code, language.label]));

export function languageLabel(code: string): string {
  return LANGUAGES.find((language) => language.code === code)?.label ?? code;
}

// The first slug not `taken`: the base, then each qualified form (e.g. with the country),
// then the last of them numbered from 2. Callers read every taken slug starting with the
// base in one query, so no approval fails on the unique index.
export function freeSlug(base: string, qualifiers: string[], taken: Set<string>): string {
  const candidates = [base, ...qualifiers.map((qualifier) => `${base}-${qualifier}`)];
  const free = candidates.find((candidate) => !taken.has(candidate));
  if (free) return free;
  const last = candidates.at(-1)!;
  let n = 2;
  while (taken.has(`${last}-${n}`)) n++;
  return `${last}-${n}`;
}
