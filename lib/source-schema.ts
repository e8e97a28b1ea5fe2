import { z } from "zod";
import { SourceKind } from "@/lib/generated/prisma/enums";
import { LANGUAGES } from "@/lib/names";
import { optionalPartialDate } from "@/lib/partial-date";
import { plainText } from "@/lib/text-rules";

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  OFFICIAL: "Official government page",
  NEWS: "News report",
  INTERVIEW: "Interview",
  DIRECTORY: "Directory",
  OTHER: "Other",
};

const languageCodes = LANGUAGES.map((language) => language.code) as [string, ...string[]];

const optionalDate = optionalPartialDate("Use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025-04-18");

// Only a web page: the address is shown as a link, and a `javascript:` or `data:` one would
// run in the reader's browser.
function isWebAddress(value: string): boolean {
  return URL.canParse(value) && ["https:", "http:"].includes(new URL(value).protocol);
}

// The most text the form holds: an article as pasted, well inside a page's size.
export const FORM_TEXT_LIMIT = 200_000;

// What an editor registers: where the text comes from, and the text as they read it.
export const sourceSchema = z.object({
  url: plainText().refine((value) => value === "" || isWebAddress(value), "Enter the full address, starting with https:// or http://"),
  title: plainText().min(3, "Enter the source's title").max(300, "At most 300 characters"),
  publisher: plainText().max(200, "At most 200 characters"),
  lang: z.enum(languageCodes, "Choose the language of the text"),
  kind: z.enum(SourceKind, "Choose what kind of source this is"),
  publishedOn: optionalDate,
  accessedOn: optionalDate,
  snapshot: z
    .string()
    .trim()
    .min(20, "Paste the text as you read it (at least a sentence)")
    .max(FORM_TEXT_LIMIT, `At most ${FORM_TEXT_LIMIT.toLocaleString("en")} characters`),
});

export type SourceInput = z.infer<typeof sourceSchema>;

// What a stored source may hold: the form's limit keeps pasted articles to their size, but a
// list an import registers whole (lib/twin-cities-import.ts, 1.8 MB) is larger; the import
// checks its own upload limit (lib/twin-cities-list.ts) before proposing it.
export const sourceRecordSchema = sourceSchema.extend({
  snapshot: z.string().trim().min(20, "Paste the text as you read it (at least a sentence)").max(12_000_000),
});

// What the form corrects of a source whose text is longer than the form holds (a list an
// import registered): everything but the text, which stays as stored.
export const sourceDetailsSchema = sourceSchema.omit({ snapshot: true });
export type SourceDetails = z.infer<typeof sourceDetailsSchema>;
export const isTooLongForForm = (text: string) => text.length > FORM_TEXT_LIMIT;

export const SOURCE_FIELD_LABELS: Record<keyof SourceInput, string> = {
  url: "Address (URL)",
  title: "Title",
  publisher: "Publisher",
  lang: "Language",
  kind: "Kind",
  publishedOn: "Published",
  accessedOn: "Accessed",
  snapshot: "Text as read",
};

export const emptySource: SourceInput = {
  url: "",
  title: "",
  publisher: "",
  lang: "en",
  kind: "NEWS",
  publishedOn: "",
  accessedOn: "",
  snapshot: "",
};
