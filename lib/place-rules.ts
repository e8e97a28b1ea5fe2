import "server-only";
import type { PlaceInput } from "@/lib/place-schema";
import { RecordRefused, type Tx } from "@/lib/record-kind";
import { searchKeysOf } from "@/lib/search-key";

// What must hold of the places once a change is applied. lib/place.ts checks a proposal
// when it is made; these run again inside the approval's transaction, because other
// changes may have been approved in between (two proposals of one new place, a parent
// removed, a parent moved under its own child).

// Walks up from `placeId` (itself included); the guard stops on a loop already in the data.
async function liesWithin(tx: Tx, placeId: string, ancestorId: string): Promise<boolean> {
  const seen = new Set<string>();
  for (let id: string | null = placeId; id && !seen.has(id);) {
    if (id === ancestorId) return true;
    seen.add(id);
    id = (await tx.place.findUnique({ where: { id }, select: { parentId: true } }))?.parentId ?? null;
  }
  return false;
}

// Two places are the same when one of the new English name's search keys (spelling, case,
// tone marks, a trailing "City") files a published place of the same country, level and
// parent: "Twin Town" proposed twice becomes one place. Same-named districts of different
// cities (Chaoyang of Beijing, Chaoyang of Changchun) have different parents.
async function findSamePlace(tx: Tx, content: PlaceInput, placeId?: string) {
  const keys = searchKeysOf(content.name, "en", "PLACE");
  const hits = await tx.searchKey.findMany({
    where: { recordType: "PLACE", country: content.country, key: { in: keys } },
    select: { recordId: true },
  });
  if (hits.length === 0) return null;
  return tx.place.findFirst({
    where: { id: { in: hits.map((hit) => hit.recordId), not: placeId }, level: content.level, parentId: content.parentId, retiredAt: null },
    select: { name: true, slug: true },
  });
}

async function isRenamedOrMoved(tx: Tx, content: PlaceInput, placeId?: string): Promise<boolean> {
  if (!placeId) return true;
  const now = await tx.place.findUnique({ where: { id: placeId }, select: { name: true, country: true, level: true, parentId: true } });
  return (
    !now || now.name !== content.name || now.country !== content.country || now.level !== content.level || now.parentId !== content.parentId
  );
}

async function refuseBadParent(tx: Tx, content: PlaceInput, placeId?: string) {
  if (!content.parentId) return;
  const parent = await tx.place.findUnique({ where: { id: content.parentId }, select: { name: true, retiredAt: true } });
  if (!parent) throw new RecordRefused("The place this one is part of no longer exists: the author must choose another.");
  if (parent.retiredAt)
    throw new RecordRefused(`${parent.name}, the place this one is part of, was removed since: the author must choose another.`);
  if (placeId && (await liesWithin(tx, content.parentId, placeId)))
    throw new RecordRefused(`${content.name} cannot be part of ${parent.name}: ${parent.name} is itself part of ${content.name}.`);
}

// The published place a new place, or an edit of one, would duplicate. An edit that keeps
// the name and position is never refused over a duplicate that predates it.
export async function findDuplicatePlace(tx: Tx, content: PlaceInput, placeId?: string) {
  return (await isRenamedOrMoved(tx, content, placeId)) ? findSamePlace(tx, content, placeId) : null;
}

const alreadyRecorded = (duplicate: { name: string; slug: string }) =>
  new RecordRefused(
    `${duplicate.name} (/places/${duplicate.slug}) is already recorded, with the same country, level and parent: approving would record it twice. Return the change, or propose a merge.`,
  );

// For a new place (no id) or an edit of one. Throws RecordRefused, which refuses the approval.
export async function enforcePlaceRules(tx: Tx, content: PlaceInput, placeId?: string) {
  await refuseBadParent(tx, content, placeId);
  const duplicate = await findDuplicatePlace(tx, content, placeId);
  if (duplicate) throw alreadyRecorded(duplicate);
}

// The rules of enforcePlaceRules for many new places at once (an import's batch), in a few
// queries: every parent published, no place recorded already, none proposed twice.
export async function enforceNewPlaceRules(tx: Tx, contents: PlaceInput[]) {
  const parentIds = [...new Set(contents.flatMap((content) => content.parentId ?? []))];
  const parents = await tx.place.findMany({ where: { id: { in: parentIds }, retiredAt: null }, select: { id: true } });
  const missing = contents.find((content) => content.parentId && !parents.some((parent) => parent.id === content.parentId));
  if (missing) await refuseBadParent(tx, missing);
  const keysOf = contents.map((content) => searchKeysOf(content.name, "en", "PLACE"));
  const hits = await tx.searchKey.findMany({
    where: { recordType: "PLACE", key: { in: [...new Set(keysOf.flat())] }, country: { in: [...new Set(contents.map((c) => c.country))] } },
    select: { recordId: true, key: true },
  });
  const places = await tx.place.findMany({
    where: { id: { in: [...new Set(hits.map((hit) => hit.recordId))] }, retiredAt: null },
    select: { id: true, name: true, slug: true, country: true, level: true, parentId: true },
  });
  // Filed as findSamePlace files them: key, country, level and parent.
  const fileOf = (key: string, place: { country: string; level: string; parentId: string | null }) =>
    `${key}|${place.country}|${place.level}|${place.parentId ?? ""}`;
  const byId = new Map(places.map((place) => [place.id, place]));
  const published = new Map<string, { name: string; slug: string }>();
  for (const hit of hits) {
    const place = byId.get(hit.recordId);
    if (place) published.set(fileOf(hit.key, place), place);
  }
  const proposed = new Map<string, string>();
  for (const [i, content] of contents.entries()) {
    const files = keysOf[i].map((key) => fileOf(key, content));
    const duplicate = files.map((file) => published.get(file)).find(Boolean);
    if (duplicate) throw alreadyRecorded(duplicate);
    const twice = files.map((file) => proposed.get(file)).find(Boolean);
    if (twice) throw new RecordRefused(`${twice} is proposed twice in this change, with the same country, level and parent.`);
    for (const file of files) proposed.set(file, content.name);
  }
}

export async function enforceMergeRules(tx: Tx, duplicateId: string, intoId: string) {
  if (duplicateId === intoId) throw new RecordRefused("A place cannot be merged into itself.");
  const select = { name: true, retiredAt: true } as const;
  const [duplicate, into] = await Promise.all([
    tx.place.findUnique({ where: { id: duplicateId }, select }),
    tx.place.findUnique({ where: { id: intoId }, select }),
  ]);
  if (!duplicate || duplicate.retiredAt)
    throw new RecordRefused("The place to merge was removed or merged since: nothing is left to merge.");
  if (!into || into.retiredAt)
    throw new RecordRefused(`${into?.name ?? "The place to merge into"} was removed since: merge into a published place instead.`);
  // Its parts would move under the place merged into, which is one of them: a loop.
  if (await liesWithin(tx, intoId, duplicateId))
    throw new RecordRefused(`${duplicate.name} cannot be merged into ${into.name}, which is part of it.`);
}

// A place is removed only once nothing published is part of it any more.
export async function enforceRemovalRules(tx: Tx, placeId: string) {
  const parts = await tx.place.findMany({ where: { parentId: placeId, retiredAt: null }, select: { name: true }, take: 3 });
  if (parts.length > 0)
    throw new RecordRefused(`Places are still part of this one (${parts.map((p) => p.name).join(", ")}): move or remove them first.`);
}
