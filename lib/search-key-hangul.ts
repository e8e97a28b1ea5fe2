// Search keys of names written in Hangul: Revised Romanization (경기도 → gyeonggido), as
// es-hangul spells the whole name with its sound changes, and syllable by syllable, which is
// how people write names (김동연: RR "gimdongnyeon", but "Kim Dong-yeon").
import { romanize } from "es-hangul";

const HANGUL = /[\uac00-\ud7a3]/;
const PERSONAL_NAME = /^[\uac00-\ud7a3]{2,4}$/;

// Surnames are spelled by custom, not by any romanization system, and no library records
// the customs. These are the spellings most Koreans of the commonest surnames use in
// English (Kim, Lee, Park and Choi alone cover about half of Koreans); a rarer surname is
// still found by its RR spelling, or by the near-name search.
const SURNAME_SPELLINGS: Record<string, string[]> = {
  김: ["kim"],
  이: ["lee", "yi", "rhee"],
  박: ["park", "pak"],
  최: ["choi"],
  정: ["jung", "chung"],
  강: ["kang"],
  조: ["cho"],
  윤: ["yoon"],
  장: ["chang"],
  임: ["lim"],
  신: ["shin"],
  권: ["kwon"],
  노: ["roh", "noh"],
  류: ["yoo", "yu"],
  유: ["yoo"],
  오: ["oh"],
  서: ["suh"],
  문: ["moon"],
  손: ["sohn"],
};

// What kind of division a name is, not which one: 강남구 is also filed as 강남, gangnam.
// Stripped only when two syllables remain.
const ADMIN_SUFFIXES = ["특별자치시", "특별자치도", "특별시", "광역시", "도", "시", "군", "구", "읍", "면"];

function bySyllable(text: string): string {
  return [...text].map((syllable) => romanize(syllable)).join("");
}

function romanizations(text: string): string[] {
  return [romanize(text), bySyllable(text)];
}

function withoutAdminSuffix(text: string): string {
  const suffix = ADMIN_SUFFIXES.find((s) => text.endsWith(s) && text.length - s.length >= 2);
  return suffix ? text.slice(0, -suffix.length) : "";
}

// A 2–4 syllable name read as surname + given name, with each customary surname spelling.
function surnameFirst(text: string): { surnames: string[]; givens: string[] } | null {
  if (!PERSONAL_NAME.test(text)) return null;
  const [surname, ...given] = [...text];
  const spellings = SURNAME_SPELLINGS[surname];
  if (!spellings) return null;
  return { surnames: [romanize(surname), ...spellings], givens: romanizations(given.join("")) };
}

// English sources write Korean people either way round: "Dong-yeon Kim" too.
function personKeys(text: string): string[] {
  const parts = surnameFirst(text);
  if (!parts) return [];
  return parts.surnames.flatMap((surname) => parts.givens.flatMap((given) => [surname + given, given + surname]));
}

// `text` is already folded.
export function hangulKeys(text: string, { isPerson }: { isPerson: boolean }): string[] {
  if (!HANGUL.test(text)) return [];
  if (isPerson) return [...romanizations(text), ...personKeys(text)];
  const stripped = withoutAdminSuffix(text);
  return [...romanizations(text), stripped, ...(stripped ? romanizations(stripped) : [])];
}

// A typed query may be anyone's name, so a Hangul query that starts with a common surname
// is also looked up by that surname's customary spellings (김동연 finds "Kim Dong-yeon").
export function hangulQueryKeys(query: string): string[] {
  if (!HANGUL.test(query)) return [];
  const parts = surnameFirst(query);
  const customary = parts ? parts.surnames.flatMap((surname) => parts.givens.map((given) => surname + given)) : [];
  return [...romanizations(query), ...customary];
}
