// Search keys of names written in Han characters: one character form for simplified,
// traditional and Japanese shinjitai (扬州 = 揚州, 広島 = 廣島 = 广岛), and Chinese names
// also in toneless pinyin (扬州市 → yangzhoushi).
import { Converter } from "opencc-js/t2cn";
import { pinyin } from "pinyin-pro";

const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
// The Japanese table maps shinjitai to traditional first (県 → 縣 → 县), but it also reads
// characters that are distinct words in Chinese as shinjitai (芸 "rue" → 藝 → 艺), so it is
// applied only where the text may be Japanese.
const fromJapanese = Converter({ from: "jp", to: "cn" });
// The Hong Kong table covers standard traditional characters and Hong Kong's variants.
const fromTraditional = Converter({ from: "hk", to: "cn" });

// What kind of division a name is, not which one, in simplified form (the Japanese 県, 区
// are folded to these first). Stripped only when two characters remain: 京都 stays whole.
const ADMIN_SUFFIXES = ["特别行政区", "自治区", "自治州", "自治县", "市", "省", "县", "区", "镇", "乡", "村", "府", "都", "町"];

type HanOptions = { lang: string | undefined; isPerson: boolean };

// The simplified form(s) of Han text: one reading when `lang` says the script, both otherwise.
export function simplifiedForms(text: string, lang: string | undefined): string[] {
  if (lang?.startsWith("ja")) return [fromJapanese(text)];
  if (lang?.startsWith("zh")) return [fromTraditional(text)];
  return [fromTraditional(text), fromJapanese(text)];
}

function withoutAdminSuffix(text: string): string {
  const suffix = ADMIN_SUFFIXES.find((s) => text.endsWith(s) && text.length - s.length >= 2);
  return suffix ? text.slice(0, -suffix.length) : text;
}

function syllablesOf(text: string, isPerson: boolean): string[] {
  return pinyin(text, { toneType: "none", type: "array", surname: isPerson ? "head" : "off" });
}

// A Chinese person's pinyin is also filed given name first ("Changxing Xin"), as English
// sources often write it. The first character is taken as the surname: compound
// surnames (欧阳) are rare enough to leave to the near-name search.
function pinyinKeys(form: string, isPerson: boolean): string[] {
  const syllables = syllablesOf(form, isPerson);
  const keys = [syllables.join("")];
  if (isPerson && syllables.length >= 2) keys.push(syllables.slice(1).join("") + syllables[0]);
  return keys;
}

// `text` is already folded. Japanese names (by lang, or kana in the text) get no pinyin:
// nobody looks up 広島 as "guangdao"; their romaji come from ja-Latn names.
export function hanKeys(text: string, { lang, isPerson }: HanOptions): string[] {
  if (!HAN.test(text)) return [];
  const isJapanese = lang?.startsWith("ja") || KANA.test(text);
  return simplifiedForms(text, lang).flatMap((form) => {
    const forms = isPerson ? [form] : [form, withoutAdminSuffix(form)];
    const pinyins = isJapanese ? [] : forms.flatMap((f) => pinyinKeys(f, isPerson));
    return [...forms, ...pinyins];
  });
}
