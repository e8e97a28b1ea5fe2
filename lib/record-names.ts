import "server-only";
import { insertRows } from "@/lib/bulk-insert";
import { normalizeName } from "@/lib/names";
import { newNameId, type NameInput } from "@/lib/name-schema";
import { RecordRefused, type Tx } from "@/lib/record-kind";

// Whose names these are: a place, a person or an organisation.
export type NameOwner = { placeId: string } | { personId: string } | { organisationId: string };

// What a record's content holds of its names, oldest first (the order they were typed in).
export const publishedNames = {
  where: { retiredAt: null },
  orderBy: { createdAt: "asc" },
  select: { id: true, text: true, lang: true, kind: true },
} as const;

// The first native name per language is the one shown; the rest are alternatives.
function preferredIds(names: (NameInput & { id: string })[]): Set<string> {
  const seen = new Set<string>();
  return new Set(names.filter((name) => name.kind === "NATIVE" && !seen.has(name.lang) && seen.add(name.lang)).map((name) => name.id));
}

function ownerOf(row: { placeId: string | null; personId: string | null; organisationId: string | null }): string | null {
  return row.placeId ?? row.personId ?? row.organisationId;
}

// Brings a record's Name rows in line with its content: a name keeps its row (and so its
// citations) across edits; a new one is added under the id the form gave it; one left out
// is retired, never deleted.
export async function saveNames(tx: Tx, owner: NameOwner, names: NameInput[]): Promise<void> {
  const ownerId = Object.values(owner)[0];
  const withIds = names.map((name) => ({ ...name, id: name.id ?? newNameId() }));
  const preferred = preferredIds(withIds);
  const ids = withIds.map((name) => name.id);
  const existing = await tx.name.findMany({
    where: { OR: [{ id: { in: ids } }, { ...owner, retiredAt: null }] },
    select: { id: true, placeId: true, personId: true, organisationId: true },
  });
  if (existing.some((row) => ids.includes(row.id) && ownerOf(row) !== ownerId)) {
    throw new RecordRefused("A name in this change belongs to another record.");
  }
  const stored = new Set(existing.map((row) => row.id));
  const kept = new Set(ids);
  const gone = existing.filter((row) => !kept.has(row.id)).map((row) => row.id);
  if (gone.length) await tx.name.updateMany({ where: { id: { in: gone } }, data: { retiredAt: new Date(), isPreferred: false } });
  for (const name of withIds) {
    const data = {
      text: name.text,
      lang: name.lang,
      kind: name.kind,
      normalized: normalizeName(name.text),
      isPreferred: preferred.has(name.id),
      retiredAt: null,
    };
    if (stored.has(name.id)) await tx.name.update({ where: { id: name.id }, data });
    else await tx.name.create({ data: { id: name.id, ...owner, ...data } });
  }
}

// Names of records created many at once (lib/change-apply.ts): each under the id its
// proposal gave it, the first native name per language preferred. A record's names are read
// oldest first, so each row is a millisecond after the one before: the order they were typed.
// Returns each record's names as its content holds them.
export async function saveNewNames(tx: Tx, records: { owner: NameOwner; names: NameInput[] }[]) {
  const withIds = records.map(({ names }) => names.map(({ text, lang, kind, id }) => ({ id: id ?? newNameId(), text, lang, kind })));
  const ids = withIds.flat().map((name) => name.id);
  if (ids.length === 0) return withIds;
  if (new Set(ids).size < ids.length || (await tx.name.count({ where: { id: { in: ids } } })) > 0)
    throw new RecordRefused("A name in this change belongs to another record.");
  const start = Date.now();
  const rows = records.flatMap(({ owner }, i) => {
    const preferred = preferredIds(withIds[i]);
    return withIds[i].map((name) => ({ ...name, ...owner, normalized: normalizeName(name.text), isPreferred: preferred.has(name.id) }));
  });
  await insertRows(
    tx,
    "Name",
    rows.map((row, n) => ({ ...row, retiredAt: null, createdAt: new Date(start + n) })),
  );
  return withIds;
}
