import "server-only";
import type { EventKind, PlaceLevel } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/record-kind";
import { editDistance } from "@/lib/edit-distance";
import {
  foldName,
  NAMED_RECORD_TYPES,
  queryKeysOf,
  searchKeysOf,
  titleQueryKeysOf,
  type NamedRecordType,
  type TitledRecordType,
} from "@/lib/search-key";

// Finding records by any of their names, and sources, delegations and events by their
// titles, through the SearchKey index (lib/search-index.ts).

export type NameMatch = {
  recordType: NamedRecordType;
  recordId: string;
  name: string;
  matchedText: string;
  country: string | null;
  level: PlaceLevel | null;
  slug: string;
};
type Hit = { key: string; recordType: string; recordId: string; text: string; country: string | null };

// The largest code point, so that [key, key + END) holds every key starting with `key`,
// including ones with characters beyond U+FFFF (rare Han characters in place names).
const END = "\u{10ffff}";
const hitFields = { key: true, recordType: true, recordId: true, text: true, country: true } as const;
// A record has several keys starting alike (kimdongyeon, kimdongnyeon): read enough rows
// to still have `limit` distinct records.
const ROWS_PER_RECORD = 10;
const NEAR_CANDIDATES = 2000;

const startsWith = (key: string) => ({ key: { gte: key, lt: key + END } });

function distinctRecords<T extends Hit>(hits: T[], limit: number): T[] {
  const seen = new Set<string>();
  return hits.filter((hit) => !seen.has(hit.recordId) && seen.add(hit.recordId)).slice(0, limit);
}

// One query per kind of record found; records retired since they were indexed drop out.
async function describe<T extends Hit>(db: Tx, hits: T[]): Promise<(NameMatch & Omit<T, keyof Hit>)[]> {
  const idsOf = (type: NamedRecordType) => hits.filter((hit) => hit.recordType === type).map((hit) => hit.recordId);
  const where = (type: NamedRecordType) => ({ id: { in: idsOf(type) }, retiredAt: null });
  const fields = { id: true, name: true, slug: true } as const;
  const [places, people, organisations] = await Promise.all([
    idsOf("PLACE").length ? db.place.findMany({ where: where("PLACE"), select: { ...fields, level: true } }) : [],
    idsOf("PERSON").length ? db.person.findMany({ where: where("PERSON"), select: fields }) : [],
    idsOf("ORGANISATION").length ? db.organisation.findMany({ where: where("ORGANISATION"), select: fields }) : [],
  ]);
  const records = new Map([...people, ...organisations, ...places].map((r) => [r.id, { level: null, ...r }]));
  return hits.flatMap(({ key: _key, recordType, recordId, text, country, ...extra }) => {
    const record = records.get(recordId);
    if (!record) return [];
    const { name, slug, level } = record;
    return [{ recordType: recordType as NamedRecordType, recordId, name, slug, level, country, matchedText: text, ...extra }];
  });
}

// The rows of the records a name search found, in its order (best match first).
export function inMatchOrder<T extends { id: string }>(matches: NameMatch[], rows: T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return matches.flatMap((match) => byId.get(match.recordId) ?? []);
}

export type FindByNameOptions = { recordTypes?: readonly NamedRecordType[]; country?: string; limit?: number };

// Records one of whose names starts with the query, in any script or spelling: exact
// matches first, then the closest completions (shortest keys). Two index range reads and
// at most three record reads, however many rows the index holds.
export async function findByName(db: Tx, query: string, options: FindByNameOptions = {}): Promise<NameMatch[]> {
  const { recordTypes, country, limit = 20 } = options;
  const keys = queryKeysOf(query);
  if (keys.length === 0) return [];
  const hits = await findHits(db, keys, recordTypes, country, limit * ROWS_PER_RECORD);
  return describe(db, ranked(hits, keys).slice(0, limit));
}

// The keys equal to a query key, then the first keys starting with one, in one statement: each
// Prisma query costs about a millisecond of its own here, both range reads together half that.
// The exact keys are read apart so that completions of one query key cannot crowd out the
// exact match of another. The index also files source titles, so a lookup always names its
// kinds; no index starts with recordType, so the filter never draws the planner off the key.
function findHits(
  db: Tx,
  keys: string[],
  recordTypes: readonly NamedRecordType[] = NAMED_RECORD_TYPES,
  country: string | undefined,
  take: number,
) {
  const filter = Prisma.sql`recordType IN (${Prisma.join([...recordTypes])}) ${country ? Prisma.sql`AND country = ${country}` : Prisma.empty}`;
  const ranges = Prisma.join(
    keys.map((key) => Prisma.sql`(key >= ${key} AND key < ${key + END})`),
    " OR ",
  );
  return db.$queryRaw<Hit[]>`
    SELECT * FROM (SELECT key, recordType, recordId, text, country FROM SearchKey
      WHERE key IN (${Prisma.join(keys)}) AND ${filter} ORDER BY key LIMIT ${take})
    UNION ALL
    SELECT * FROM (SELECT key, recordType, recordId, text, country FROM SearchKey
      WHERE (${ranges}) AND ${filter} ORDER BY key LIMIT ${take})`;
}

// Records whose key equals a query key first, then the shortest completions. Each shows
// the name that answers the most literal query key: typed 揚州, it matched 揚州市, even
// if its pinyin equals the English name exactly.
function ranked(hits: Hit[], keys: string[]): Hit[] {
  const scored = hits.map((hit) => ({
    hit,
    exact: keys.includes(hit.key) ? 0 : 1,
    literal: keys.findIndex((key) => hit.key.startsWith(key)),
  }));
  const byRank = [...scored].sort((a, b) => a.exact - b.exact || a.hit.key.length - b.hit.key.length);
  const byLiteral = [...scored].sort((a, b) => a.literal - b.literal || a.exact - b.exact);
  const shown = new Map<string, Hit>();
  for (const { hit } of byLiteral) if (!shown.has(hit.recordId)) shown.set(hit.recordId, hit);
  return distinctRecords(
    byRank.map(({ hit }) => hit),
    hits.length,
  ).map((hit) => shown.get(hit.recordId)!);
}

// How many edits still count as "possibly the same name": none for keys of one to three
// characters (扬州 and 杭州 are different cities), one up to seven, two beyond.
const editsAllowed = (key: string) => Math.min(2, Math.floor([...key].length / 4));
// Candidates share the first characters of a key: three Latin letters, or one CJK
// character (a syllable). A typo in those is missed, unless another key (the other word
// order) begins elsewhere.
const candidatePrefix = (key: string) => key.slice(0, /^[a-z0-9]/.test(key) ? 3 : 1);

// The fewest edits from the candidate to any of the name's keys, within what both allow.
function nearest(candidate: Hit, keys: string[]): number {
  const distances = keys.map((key) => {
    const allowed = Math.min(editsAllowed(candidate.key), editsAllowed(key));
    const distance = editDistance(candidate.key, key, allowed);
    return distance <= allowed ? distance : Infinity;
  });
  return Math.min(...distances);
}

export type FindNearNamesOptions = { country?: string; excludeExact?: boolean; exceptId?: string; limit?: number };

// "Possibly the same as …": records of this kind with a name one or two edits from `text`
// (Ishiguro Kenihiko ~ Ishiguro Kenhiko), closest first, each with its `distance`.
export async function findNearNames(db: Tx, text: string, recordType: NamedRecordType, options: FindNearNamesOptions = {}) {
  const { country, excludeExact = false, exceptId, limit = 10 } = options;
  const keys = searchKeysOf(text, undefined, recordType);
  const prefixes = [...new Set(keys.map(candidatePrefix))];
  if (prefixes.length === 0) return [];
  const candidates = await db.searchKey.findMany({
    where: {
      recordType,
      OR: prefixes.map(startsWith),
      ...(country ? { country } : {}),
      ...(exceptId ? { recordId: { not: exceptId } } : {}),
    },
    select: hitFields,
    orderBy: { key: "asc" },
    take: NEAR_CANDIDATES,
  });
  const near = candidates
    .map((candidate) => ({ ...candidate, distance: nearest(candidate, keys) }))
    .filter(({ distance }) => distance !== Infinity)
    .sort((a, b) => a.distance - b.distance);
  // A record's closest key decides: one with an exact key is an exact duplicate.
  const records = distinctRecords(near, near.length).filter(({ distance }) => !(excludeExact && distance === 0));
  return describe(db, records.slice(0, limit));
}

// A record's keys start at each word of its title, so one record answers a query once
// or twice; read a few more rows than records wanted.
const ROWS_PER_TITLE = 3;

// Ids of records of the kind with a word of their title starting with the query, in key
// order; the caller reads the records (and drops retired ones).
async function findTitleHits(db: Tx, recordType: TitledRecordType, keys: string[], limit: number): Promise<string[]> {
  const hits = await db.searchKey.findMany({
    where: { recordType, OR: keys.map(startsWith) },
    select: { recordId: true },
    orderBy: { key: "asc" },
    take: limit * ROWS_PER_TITLE,
  });
  return [...new Set(hits.map((hit) => hit.recordId))];
}

// Titles that start with the query first, then the most recent (by `date`).
function byTitleThenDate<T extends { title: string }>(keys: string[], dateOf: (record: T) => string | null) {
  const opensWith = (title: string) => (keys.some((key) => foldName(title).startsWith(key)) ? 0 : 1);
  return (a: T, b: T) => opensWith(a.title) - opensWith(b.title) || (dateOf(b) ?? "").localeCompare(dateOf(a) ?? "");
}

export type TitleMatch = { recordId: string; title: string; publisher: string | null; publishedOn: string | null };

// Published sources with a word of their title starting with the query: titles that
// start with it first, then the most recently published.
export async function findSourcesByTitle(db: Tx, query: string, options: { limit?: number } = {}): Promise<TitleMatch[]> {
  const { limit = 20 } = options;
  const keys = titleQueryKeysOf(query);
  if (keys.length === 0) return [];
  const ids = await findTitleHits(db, "SOURCE", keys, limit);
  const sources = await db.source.findMany({
    where: { id: { in: ids }, retiredAt: null },
    select: { id: true, title: true, publisher: true, publishedOn: true },
  });
  return sources
    .sort(byTitleThenDate(keys, (source) => source.publishedOn))
    .slice(0, limit)
    .map(({ id, ...source }) => ({ recordId: id, ...source }));
}

export type DatedTitleMatch = {
  recordId: string;
  slug: string;
  title: string;
  startOn: string | null;
  endOn: string | null;
  kind?: EventKind;
};

// Published delegations (by title) or events (by name) with a word of it starting with
// the query: those that start with it first, then the most recent.
export async function findDatedByTitle(
  db: Tx,
  recordType: "DELEGATION" | "EVENT",
  query: string,
  options: { limit?: number } = {},
): Promise<DatedTitleMatch[]> {
  const { limit = 20 } = options;
  const keys = titleQueryKeysOf(query);
  if (keys.length === 0) return [];
  const ids = await findTitleHits(db, recordType, keys, limit);
  const where = { id: { in: ids }, retiredAt: null };
  const dates = { id: true, slug: true, startOn: true, endOn: true } as const;
  const records: (Omit<DatedTitleMatch, "recordId"> & { id: string })[] =
    recordType === "DELEGATION"
      ? await db.delegation.findMany({ where, select: { ...dates, title: true } })
      : (await db.event.findMany({ where, select: { ...dates, name: true, kind: true } })).map(({ name, ...event }) => ({
          ...event,
          title: name,
        }));
  return records
    .sort(byTitleThenDate(keys, (record) => record.startOn))
    .slice(0, limit)
    .map(({ id, ...record }) => ({ recordId: id, ...record }));
}
