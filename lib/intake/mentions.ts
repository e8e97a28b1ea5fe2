import { foldName } from "@/lib/search-key";
import type { PlaceLevel } from "@/lib/generated/prisma/enums";
import { findKnownNames, type NameHit, type NameIndex } from "@/lib/intake/known-names";
import { acronymAfter, findPatternNames, surnameReferences, type PatternHit } from "@/lib/intake/name-patterns";
import { COUNTRY_NAMES, NOT_NAME_WORDS, PLACE_WORDS } from "@/lib/intake/name-words";
import type { KnownRecord, Mention, MentionKind, Span } from "@/lib/intake/types";

// Mentions of places, people and organisations: known records' names first, then names
// found by pattern where no known name stands, then short references ("Governor Choi",
// "Hangzhou" after "Hangzhou City", "(KOTRA)") to a name already found.

export type Draft = Span & {
  kind: MentionKind;
  text: string;
  records: KnownRecord[];
  position?: Span & { title: string };
  country?: string;
  // A short reference ("Governor Choi") names whoever this mention names.
  refersTo?: Draft;
};

const ROMANIZED = /^[A-Z][a-z]+-(?:do|si|gu|gun|shi|ken|fu|ku)$/;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const sameSpan = (a: Span, b: Span) => a.start === b.start && a.end === b.end;

// The English word that ends a place name, by the record's level: "Kurashiki City" is the city
// Kurashiki, but "Okayama City" is not Okayama Prefecture.
const LEVEL_WORDS: Partial<Record<PlaceLevel, string[]>> = {
  PROVINCE: ["Province"],
  PREFECTURE: ["Prefecture"],
  SPECIAL_CITY: ["City", "Special City"],
  METROPOLITAN_CITY: ["City", "Metropolitan City"],
  SPECIAL_SELF_GOVERNING_CITY: ["City"],
  PREFECTURE_LEVEL_CITY: ["City"],
  SUB_PROVINCIAL_CITY: ["City"],
  COUNTY_LEVEL_CITY: ["City"],
  CITY: ["City"],
  MUNICIPALITY: ["City", "Municipality"],
  SPECIAL_WARD: ["Ward", "City"],
  DISTRICT: ["District"],
  COUNTY: ["County"],
  TOWN: ["Town"],
  VILLAGE: ["Village"],
  AUTONOMOUS_REGION: ["Region", "Autonomous Region"],
};

// A place phrase that extends a known name by a word its record's level does not take
// names another place of the same name: the record is only "possibly the same".
function isOtherPlace(phrase: PatternHit, hit: NameHit): boolean {
  if (phrase.kind !== "place" || hit.kind !== "place" || phrase.start !== hit.start || phrase.end <= hit.end) return false;
  const word = PLACE_WORDS.find((w) => phrase.text.endsWith(` ${w}`));
  const level = hit.records[0].level;
  return !!word && !!level && !(LEVEL_WORDS[level] ?? []).includes(word);
}

function settle(known: NameHit[], patterns: PatternHit[]): Draft[] {
  const drafts: Draft[] = known.map((hit) => ({ ...hit }));
  for (const hit of patterns) {
    const replaced = drafts.find((d) => d.records.length > 0 && isOtherPlace(hit, d as NameHit));
    if (replaced) {
      Object.assign(replaced, { ...hit, records: [] });
      continue;
    }
    // "Kurashiki City" for the city Kurashiki: the known name with the word its level takes.
    const extended = drafts.find(
      (d) => d.records.length > 0 && hit.kind === "place" && d.kind === "place" && d.start === hit.start && hit.end > d.end,
    );
    if (extended && PLACE_WORDS.some((word) => hit.text === `${extended.text} ${word}`)) {
      Object.assign(extended, { end: hit.end, text: hit.text });
      continue;
    }
    const same = drafts.find((d) => sameSpan(d, hit) && d.kind === hit.kind);
    if (same) {
      same.position ??= hit.position;
      continue;
    }
    // Known names win; of two pattern names over the same words, the first (longest) wins.
    // An organisation's name may hold a place's ("Kuiwen District CPC Committee").
    const clash = drafts.find(
      (d) => overlaps(d, hit) && (d.kind === hit.kind || (d.kind !== "organisation" && hit.kind !== "organisation")),
    );
    if (clash) {
      if (clash.kind === "person" && hit.kind === "person" && hit.position) clash.position ??= hit.position;
      continue;
    }
    drafts.push({ ...hit, records: [] });
  }
  return drafts.sort((a, b) => a.start - b.start);
}

export type Group = { kind: MentionKind; key: string; drafts: Draft[] };

function keyOf(draft: Draft): string {
  if (draft.records.length > 0) return `record:${draft.records[0].id}`;
  if (draft.country) return `country:${draft.country}`;
  return `${draft.kind}:${foldName(draft.text)}`;
}

// Countries by code link to their record when one is known.
function withCountryRecords(drafts: Draft[], records: KnownRecord[]): Draft[] {
  return drafts.map((draft) => {
    if (!draft.country || draft.records.length) return draft;
    const country = records.find((r) => r.kind === "place" && r.level === "COUNTRY" && r.country === draft.country);
    return country ? { ...draft, records: [country] } : draft;
  });
}

// A known country named by its common name ("Korea") counts as a mention of it.
function countryOf(draft: Draft): Draft {
  const country = COUNTRY_NAMES[draft.text.toLowerCase()];
  return draft.kind === "place" && !draft.records.length && country ? { ...draft, country: country.code } : draft;
}

// Short forms of the names found: a person's surname or given name, a new place's name
// without its administrative word, an organisation's bracketed acronym.
function shortForms(text: string, drafts: Draft[]): Map<string, Draft> {
  const forms = new Map<string, Draft>();
  for (const draft of drafts) {
    const words = draft.text.split(/\s+/);
    const set = (form: string) => forms.has(form) || forms.set(form, draft);
    if (draft.kind === "place" && !draft.records.length && words.length === 2 && PLACE_WORDS.includes(words[1])) set(words[0]);
    if (draft.kind === "place" && !draft.records.length && ROMANIZED.test(draft.text)) set(draft.text.split("-")[0]);
    if (draft.kind === "organisation") {
      const acronym = acronymAfter(text, draft.end);
      if (acronym) set(text.slice(acronym.start, acronym.end));
    }
    // A name found by its title is the same name wherever else it is written.
    if (!draft.records.length && words.length >= 2) set(draft.text);
  }
  return forms;
}

function references(text: string, drafts: Draft[]): Draft[] {
  const found: Draft[] = [];
  const people = drafts.filter((d) => d.kind === "person" && d.text.includes(" "));
  for (const ref of surnameReferences(text)) {
    const person = [...people].reverse().find((p) => p.start < ref.start && p.text.split(/[\s]+/).includes(ref.text));
    if (person) found.push({ start: ref.start, end: ref.end, kind: "person", text: ref.text, records: person.records, refersTo: person });
  }
  const forms = shortForms(text, drafts);
  for (const [form, draft] of forms) {
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}-])${form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}-])`, "gu"))) {
      if (!NOT_NAME_WORDS.has(form))
        found.push({ start: m.index, end: m.index + form.length, kind: draft.kind, text: form, records: draft.records, refersTo: draft });
    }
  }
  // A short form found by a pattern of its own ("the Zhejiang delegation") is a reference too.
  for (const draft of drafts) {
    const full = forms.get(draft.text) ?? (ROMANIZED.test(draft.text) ? forms.get(draft.text.split("-")[0]) : undefined);
    if (full && full !== draft && !draft.records.length && full.kind === draft.kind) draft.refersTo = full;
  }
  return found.filter((ref) => !drafts.some((d) => overlaps(d, ref)));
}

// The mentions of the article, grouped into the places, people and organisations they name.
export function groupMentions(text: string, index: NameIndex, records: KnownRecord[]): { mentions: Mention[]; groups: Group[] } {
  const drafts = withCountryRecords(settle(findKnownNames(text, index), findPatternNames(text)).map(countryOf), records);
  const refs = references(text, drafts);
  const groups = new Map<string, Group>();
  const keyFor = new Map<Draft, string>();
  for (const draft of drafts) if (!draft.refersTo) keyFor.set(draft, keyOf(draft));
  for (const draft of drafts) if (draft.refersTo) keyFor.set(draft, keyFor.get(draft.refersTo)!);
  for (const draft of [...drafts, ...refs].sort((a, b) => a.start - b.start)) {
    const key = draft.refersTo ? keyFor.get(draft.refersTo)! : keyFor.get(draft)!;
    const group = groups.get(key) ?? { kind: draft.kind, key, drafts: [] };
    group.drafts.push(draft);
    groups.set(key, group);
  }
  const list = [...groups.values()];
  const mentions = list
    .flatMap((group, entity) =>
      group.drafts.map((d) => ({
        start: d.start,
        end: d.end,
        kind: group.kind,
        text: d.text,
        recordIds: d.records.map((r) => r.id),
        position: d.position,
        entity,
      })),
    )
    .sort((a, b) => a.start - b.start);
  return { mentions, groups: list };
}
