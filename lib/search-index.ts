import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { insertRows } from "@/lib/bulk-insert";
import type { Tx } from "@/lib/record-kind";
import {
  NAMED_RECORD_TYPES,
  nameKeyRowsOf,
  TITLED_RECORD_TYPES,
  titleKeyRowsOf,
  type NamedRecord,
  type NamedRecordType,
  type SearchKeyRow,
  type TitledRecord,
  type TitledRecordType,
} from "@/lib/search-key";

// The search index holds one row per key of each published place, person and
// organisation: its canonical English name and every Name row; and of each published
// source's, delegation's and event's title (lib/search-key.ts says which keys a name or a
// title gets). Lookups are in lib/name-search.ts.

const BATCH = 500;

type Where = { id: { in: string[] } | { gt: string } };
type Loader = (tx: Tx, where: Where) => Promise<NamedRecord[]>;

const names = { where: { retiredAt: null }, select: { text: true, lang: true } } as const;
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

// Sources, delegations and events are filed by title (an event's name); a retired one is
// never loaded, so it gets no keys.
const TITLE_LOADERS = {
  SOURCE: (tx, where) =>
    tx.source.findMany({ where: { ...where, retiredAt: null }, ...page, select: { id: true, title: true, lang: true } }),
  DELEGATION: (tx, where) => tx.delegation.findMany({ where: { ...where, retiredAt: null }, ...page, select: { id: true, title: true } }),
  EVENT: async (tx, where) => {
    const events = await tx.event.findMany({ where: { ...where, retiredAt: null }, ...page, select: { id: true, name: true } });
    return events.map(({ id, name }) => ({ id, title: name }));
  },
} satisfies Record<TitledRecordType, (tx: Tx, where: Where) => Promise<TitledRecord[]>>;

async function insertKeys(tx: Tx, rows: SearchKeyRow[]): Promise<number> {
  await insertRows(
    tx,
    "SearchKey",
    rows.map(({ key, text, recordType, recordId, country }) => ({ key, text, recordType, recordId, country })),
  );
  return rows.length;
}

// Call after any change to a record's names, country or retirement, in the same
// transaction, so the index never shows a name the record no longer has.
export async function indexRecordNames(tx: Tx, recordType: NamedRecordType, recordId: string) {
  await tx.searchKey.deleteMany({ where: { recordType, recordId } });
  const [record] = await LOADERS[recordType](tx, { id: { in: [recordId] } });
  if (record) await insertKeys(tx, nameKeyRowsOf(recordType, record));
}

// For records created many at once (lib/change-apply.ts), in the same transaction: the
// records as the loaders above would read them.
export async function indexNewRecords(tx: Tx, recordType: NamedRecordType, records: NamedRecord[]) {
  await insertKeys(
    tx,
    records.flatMap((record) => nameKeyRowsOf(recordType, record)),
  );
}

// Call after a source, delegation or event is created, retitled (renamed) or retired, in
// the same transaction, so the pickers never offer a title the record no longer has.
export async function indexRecordTitle(tx: Tx, recordType: TitledRecordType, recordId: string) {
  await tx.searchKey.deleteMany({ where: { recordType, recordId } });
  const [record] = await TITLE_LOADERS[recordType](tx, { id: { in: [recordId] } });
  if (record) await insertKeys(tx, titleKeyRowsOf(record, recordType));
}

export const indexSourceTitle = (tx: Tx, sourceId: string) => indexRecordTitle(tx, "SOURCE", sourceId);

async function indexEvery<R extends { id: string }>(
  tx: Tx,
  load: (tx: Tx, where: Where) => Promise<R[]>,
  rowsOf: (record: R) => SearchKeyRow[],
): Promise<number> {
  let written = 0;
  for (let after = ""; ;) {
    const records = await load(tx, { id: { gt: after } });
    if (records.length === 0) return written;
    written += await insertKeys(tx, records.flatMap(rowsOf));
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
      for (const recordType of NAMED_RECORD_TYPES)
        written += await indexEvery(tx, LOADERS[recordType], (record) => nameKeyRowsOf(recordType, record));
      for (const recordType of TITLED_RECORD_TYPES)
        written += await indexEvery(tx, TITLE_LOADERS[recordType], (record) => titleKeyRowsOf(record, recordType));
      return written;
    },
    { timeout: 600_000, maxWait: 20_000 },
  );
}
