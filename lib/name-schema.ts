import { z } from "zod";
import { LANGUAGES, languageLabel } from "@/lib/names";
import { NameKind } from "@/lib/generated/prisma/enums";
import { plainText } from "@/lib/text-rules";

export const NAME_KIND_LABELS: Record<NameKind, string> = {
  NATIVE: "Native script",
  ROMANIZATION: "Romanization",
  ALIAS: "Alias",
  VARIANT: "Variant used by a source",
  FORMER: "Former name",
};

// How many names one place, person or organisation keeps.
export const MAX_NAMES = 30;

const languageCodes = LANGUAGES.map((language) => language.code) as [string, ...string[]];

// A name's id is chosen when the name is first typed, so a citation in the same change can
// point at it before it is stored, and an edit updates that very row (lib/record-names.ts).
// Proposals saved before names had ids carry none; they get one when applied.
export const nameIdSchema = z.string().regex(/^[\w-]{8,40}$/, "Not a name id");

export const nameSchema = z.object({
  id: nameIdSchema.optional(),
  text: plainText().min(1, "Enter the name, or remove this row").max(200, "At most 200 characters"),
  lang: z.enum(languageCodes, "Choose the language or script"),
  kind: z.enum(NameKind, "Choose what kind of name this is"),
});

export type NameInput = z.infer<typeof nameSchema>;

// Random enough to never meet another name's id; `crypto.getRandomValues` works in the
// browser over plain http too, unlike `randomUUID`.
export function newNameId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return "nm" + Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

export function emptyName(lang: string, kind: NameKind = "NATIVE"): NameInput {
  return { id: newNameId(), text: "", lang, kind };
}

const HANGUL = /\p{Script=Hangul}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;
const CJK = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

// A name whose letters cannot be of its language: most often a new row's language left at
// the default. Said at the field without refusing it, since a few names cross scripts (a
// Chinese company named "TCL" in Chinese too); searches and pages read the language as given.
export function nameScriptWarning(text: string, lang: string): string | null {
  const language = languageLabel(lang);
  const isLatinLanguage = lang === "en" || lang.endsWith("-Latn") || lang.includes("-Latn-");
  if (HANGUL.test(text) && lang !== "ko") return `Written in Hangul: is this Korean rather than ${language}?`;
  if (KANA.test(text) && lang !== "ja") return `Written in kana: is this Japanese rather than ${language}?`;
  if (isLatinLanguage && HAN.test(text))
    return `Written in Chinese characters, which ${language} does not use: choose the name's language.`;
  if (!isLatinLanguage && !CJK.test(text) && LATIN.test(text))
    return `Written in Latin letters: is this English or a romanization rather than ${language}?`;
  return null;
}
