// The article's language, from its letters: kana say Japanese, Hangul Korean, Han alone
// Chinese, else English. An article with both an English and a Chinese version (common in
// Chinese outlets' English pages) counts as English when most of its letters are Latin.
export type IntakeLanguage = "en" | "zh" | "ja" | "ko";

export function detectLanguage(text: string): IntakeLanguage {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  const latin = count(/\p{Script=Latin}/gu);
  const han = count(/\p{Script=Han}/gu);
  const kana = count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
  const hangul = count(/\p{Script=Hangul}/gu);
  // A CJK character carries about as much as three Latin letters.
  const cjk = 3 * (han + kana + hangul);
  if (latin >= cjk) return "en";
  if (hangul > han + kana) return "ko";
  return kana > 0 && kana * 10 >= han ? "ja" : "zh";
}
