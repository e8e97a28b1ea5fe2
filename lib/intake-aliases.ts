import "server-only";
import { prisma } from "@/lib/db";
import type { FieldErrors } from "@/lib/action-result";
import type { ProposedItem } from "@/lib/change-request";
import type { ArticleClaim } from "@/lib/intake-citations";
import { isPublishedId, nameOf } from "@/lib/intake-records";
import { ENTITY_RECORD_TYPES, type IntakeEntity } from "@/lib/intake-schema";
import { MAX_NAMES, type NameInput } from "@/lib/name-schema";
import { organisationRecord } from "@/lib/organisation-record";
import { personRecord } from "@/lib/person-record";
import { placeRecord } from "@/lib/place-record";
import type { LoadedRecord } from "@/lib/record-kind";
import { foldName, nameKeyRowsOf } from "@/lib/search-key";

// Another name the article gives a recorded place, person or organisation (首尔市 for the
// recorded Seoul) is proposed as an edit of that record adding the name, cited to the
// passage that writes it: the same change request as the rest of the article.

const KINDS = { place: placeRecord, person: personRecord, organisation: organisationRecord } as const;

// What the three kinds' contents share: a person has no country.
type NamedContent = { name: string; country?: string | null; names: NameInput[] };

// A record a change proposes ("item:") has no published names to add to yet, and a new one
// ("ref:") takes its aliases as names when created (lib/intake-records.ts).
const isPublished = (recordId: string | undefined): recordId is string => !!recordId && isPublishedId(recordId);

// How the alias writes the name: in its own script, else in English.
const spellingOf = (alias: Pick<IntakeEntity, "text" | "textLang" | "name">) =>
  alias.text ? { text: alias.text, lang: alias.textLang } : { text: alias.name, lang: "en" };

type NamedRecordOf = {
  kind: IntakeEntity["kind"];
  id: string;
  name: string;
  country: string | null;
  names: { text: string; lang: string }[];
};

// The keys a record is filed under: an alias spelled as one of them adds no name.
const filedKeysOf = ({ kind, ...record }: NamedRecordOf) => new Set(nameKeyRowsOf(ENTITY_RECORD_TYPES[kind], record).map((row) => row.key));

// Whether the record already has the name as the alias writes it, by the rule the
// submission applies (below): what the review form says of an alias before it is sent.
export const hasSpellingOf = (record: NamedRecordOf, alias: Pick<IntakeEntity, "text" | "textLang" | "name">) =>
  filedKeysOf(record).has(foldName(spellingOf(alias).text));

// The aliases of each published record, by its id, with their places in the form.
function aliasesByRecord(entities: IntakeEntity[], ids: Map<string, string>) {
  const byRecord = new Map<string, { kind: IntakeEntity["kind"]; at: number[] }>();
  entities.forEach((entity, i) => {
    const recordId = ids.get(entity.key);
    if (entity.action !== "alias" || !isPublished(recordId) || !spellingOf(entity).text) return;
    const group = byRecord.get(recordId) ?? { kind: entity.kind, at: [] };
    byRecord.set(recordId, { ...group, at: [...group.at, i] });
  });
  return byRecord;
}

export type AliasUpdates = { items: ProposedItem[]; claims: ArticleClaim[]; fieldErrors: FieldErrors };

// One edit per record, however many aliases name it, adding only the spellings it is not
// filed under already (the search keys the article's names were looked up by), on the
// version published now: the edit adds names and keeps every other field as it is.
export async function aliasUpdates(entities: IntakeEntity[], ids: Map<string, string>): Promise<AliasUpdates> {
  const result: AliasUpdates = { items: [], claims: [], fieldErrors: {} };
  for (const [recordId, { kind, at }] of aliasesByRecord(entities, ids)) {
    const record = KINDS[kind];
    const current: LoadedRecord<NamedContent> | null = await record.load(prisma, recordId);
    // A record retired since is reported at its link (lib/intake-records.ts checkLinks).
    if (!current) continue;
    const content = current.content;
    const country = content.country ?? null;
    const keys = filedKeysOf({ kind, id: recordId, name: content.name, country, names: content.names });
    const added = at.flatMap((i) => {
      const { text, lang } = spellingOf(entities[i]);
      const key = foldName(text);
      if (keys.has(key)) return [];
      keys.add(key);
      return [{ name: nameOf(text, lang, country), at: i }];
    });
    if (added.length === 0) continue;
    if (content.names.length + added.length > MAX_NAMES) {
      result.fieldErrors[`entities.${added[0].at}.aliasOf`] =
        `${content.name} has ${content.names.length} names: a record keeps at most ${MAX_NAMES}.`;
      continue;
    }
    const payload = { ...content, names: [...content.names, ...added.map((a) => a.name)] };
    result.items.push({ recordType: record.recordType, operation: "UPDATE", recordId, baseVersion: current.version, payload });
    for (const { name, at: i } of added)
      result.claims.push({
        recordType: "NAME",
        recordId: name.id,
        field: "exists",
        passage: entities[i].evidence,
        path: `entities.${i}.evidence.quote`,
      });
  }
  return result;
}
