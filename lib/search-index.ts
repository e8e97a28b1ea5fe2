import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/record-kind";
import { NAMED_RECORD_TYPES, searchKeysOf, type NamedRecordType } from "@/lib/search-key";

// The search index holds one row per key of each published place, person and
// organisation: its canonical English name and every Name row (lib/search-key.ts says
// which keys a name gets). Lookups are in lib/name-search.ts.

const BATCH = 500;
const ROWS_PER_INSERT = 1000;

type NamedRecord = { id: string; name: string; country: string | null; names: { text: string; lang: string }[] };
type Where = { id: { in: string[] } | { gt: string } };
type Loader = (tx: Tx, where: Where) => Promise<NamedRecord[]>;

const names = { select: { text: true, lang: true } } as const;
const page = { orderBy: { id: "asc" }, take: BATCH } as const;

// A person has no country of their own: they are filed under the country of their latest
// position's place or organisation, so a country filter finds the officials of that side.
async function loadPeople(tx: Tx, where: Where): Promise<NamedRecord[]> {
  const people = await tx.person.findMany({
    where: { ...where, retiredAt: null },
    ...page,
    select: {
      id: true,
      name: true,
      names,
      positions: {
        where: { OR: [{ placeId: { not: null } }, { organisationId: { not: null } }] },
        orderBy: { startOn: "desc" },
        take: 1,
        select: { place: { select: { country: true } }, organisation: { select: { country: true } } },
      },
    },
  });
  return people.map(({ positions: [latest], ...person }) => ({
    ...person,
    country: latest?.place?.country ?? latest?.organisation?.country ?? null,
  }));
}

// Retired records (removed or merged) are never loaded, so they get no keys.
const LOADERS = {
  PLACE: (tx, where) =>
    tx.place.findMany({ where: { ...where, retiredAt: null }, ...page, select: { id: true, name: true, country: true, names } }),
  PERSON: loadPeople,
  ORGANISATION: (tx, where) =>
    tx.organisation.findMany({ where: { ...where, retiredAt: null }, ...page, select: { id: true, name: true, country: true, names } }),
} satisfies Record<NamedRecordType, Loader>;

type KeyRow = { key: string; text: string; recordType: NamedRecordType; recordId: string; country: string | null };

function keyRowsOf(recordType: NamedRecordType, record: NamedRecord): KeyRow[] {
  const texts = [{ text: record.name, lang: "en" }, ...record.names];
  const rows = new Map<string, string>();
  for (const { text, lang } of texts) {
    for (const key of searchKeysOf(text, lang, recordType)) if (!rows.has(key)) rows.set(key, text);
  }
  return [...rows].map(([key, text]) => ({ key, text, recordType, recordId: record.id, country: record.country }));
}

// createMany spends about 90 µs a row in Prisma's query engine, four times this plain
// multi-row insert, and a full rebuild writes tens of thousands of rows.
async function insertKeys(tx: Tx, rows: KeyRow[]): Promise<number> {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const values = rows
      .slice(start, start + ROWS_PER_INSERT)
      .map((row) => Prisma.sql`(${row.key}, ${row.text}, ${row.recordType}, ${row.recordId}, ${row.country})`);
    await tx.$executeRaw`INSERT INTO "SearchKey" ("key", "text", "recordType", "recordId", "country") VALUES ${Prisma.join(values)}`;
  }
  return rows.length;
}

// Call after any change to a record's names, country or retirement, in the same
// transaction, so the index never shows a name the record no longer has.
export async function indexRecordNames(tx: Tx, recordType: NamedRecordType, recordId: string) {
  await tx.searchKey.deleteMany({ where: { recordType, recordId } });
  const [record] = await LOADERS[recordType](tx, { id: { in: [recordId] } });
  if (record) await insertKeys(tx, keyRowsOf(recordType, record));
}

async function indexEvery(tx: Tx, recordType: NamedRecordType): Promise<number> {
  let written = 0;
  for (let after = ""; ;) {
    const records = await LOADERS[recordType](tx, { id: { gt: after } });
    if (records.length === 0) return written;
    written += await insertKeys(
      tx,
      records.flatMap((record) => keyRowsOf(recordType, record)),
    );
    after = records[records.length - 1].id;
  }
}

// Rebuilds the whole index in one transaction (readers keep the old index until it
// commits), reading records a batch at a time. Returns the number of keys written.
export async function reindexAllNames(db: PrismaClient): Promise<number> {
  return db.$transaction(
    async (tx) => {
      await tx.searchKey.deleteMany();
      let written = 0;
      for (const recordType of NAMED_RECORD_TYPES) written += await indexEvery(tx, recordType);
      return written;
    },
    { timeout: 600_000, maxWait: 20_000 },
  );
}
