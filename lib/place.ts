import "server-only";
import { findDuplicatePlace } from "@/lib/place-rules";
import { prisma } from "@/lib/db";
import { placeRecord } from "@/lib/place-record";
import { openedVersion, saveProposal, saveWithReason, type ProposedItem } from "@/lib/change-request";
import type { ActionResult, FieldErrors } from "@/lib/action-result";
import type { Actor } from "@/lib/permissions";
import type { PlaceInput } from "@/lib/place-schema";
import { findByName, inMatchOrder } from "@/lib/name-search";
import { keysetQuery, pageOf, PAGE_SIZE, type PageRequest } from "@/lib/keyset";

const listed = { id: true, slug: true, name: true, country: true, level: true } as const;

// The editors' list of places: those with a name (in any script) starting with the query,
// best first; or else every published place A–Z, a page at a time.
export async function listPlacesForEditing(query: string, request: PageRequest) {
  if (query) {
    const matches = await findByName(prisma, query, { recordTypes: ["PLACE"], limit: PAGE_SIZE });
    const rows = await prisma.place.findMany({ where: { id: { in: matches.map((m) => m.recordId) }, retiredAt: null }, select: listed });
    return { rows: inMatchOrder(matches, rows), previous: null, next: null };
  }
  const page = keysetQuery("name", request);
  const rows = await prisma.place.findMany({
    where: { AND: [{ retiredAt: null }, page.where] },
    orderBy: page.orderBy,
    take: page.take,
    select: listed,
  });
  return pageOf(rows, request, (place) => [place.name, place.id]);
}

async function checkPlace(input: PlaceInput, placeId?: string): Promise<FieldErrors | null> {
  if (input.parentId) {
    if (input.parentId === placeId) return { parentId: "A place cannot be part of itself" };
    const parent = await prisma.place.findFirst({ where: { id: input.parentId, retiredAt: null }, select: { id: true } });
    if (!parent) return { parentId: "That parent place no longer exists; choose another" };
  }
  const duplicate = await findDuplicatePlace(prisma, input, placeId);
  if (duplicate) return { name: `This place is already recorded (/places/${duplicate.slug})` };
  return null;
}

// Which proposal the form saves: a new place, an edit of a published one, or a revision
// of the editor's own draft or returned change.
export type PlaceProposalTarget = { placeId?: string; changeId?: string; baseVersion?: number };

// A proposal only: nothing public changes until a reviewer approves it.
export async function proposePlace(
  actor: Actor,
  input: PlaceInput,
  target: PlaceProposalTarget,
  submit: boolean,
): Promise<ActionResult<{ id: string }>> {
  const problems = await checkPlace(input, target.placeId);
  if (problems) return { ok: false, fieldErrors: problems };
  let item: ProposedItem = { recordType: "PLACE", operation: "CREATE", ref: "place", payload: input };
  if (target.placeId) {
    const current = await prisma.place.findFirst({ where: { id: target.placeId, retiredAt: null }, select: { version: true } });
    if (!current) return { ok: false, formError: "This place is no longer published." };
    const baseVersion = openedVersion(target.baseVersion, current.version);
    item = { recordType: "PLACE", operation: "UPDATE", recordId: target.placeId, baseVersion, payload: input };
  }
  const title = `${target.placeId ? "Edit place" : "New place"}: ${input.name}`;
  return saveProposal(actor, { title, items: [item], submit }, target.changeId);
}

// The published place in the form's shape, for an edit proposal.
export async function getPlaceForEditing(id: string) {
  return placeRecord.load(prisma, id);
}

// Removal is a proposal too; approval retires the place (its history stays). Revising
// one keeps it a removal of the same place.
export async function proposePlaceRemoval(
  actor: Actor,
  placeId: string,
  reason: string,
  changeId?: string,
): Promise<ActionResult<{ id: string }>> {
  const current = await placeRecord.load(prisma, placeId);
  if (!current) return { ok: false, formError: "This place is no longer published." };
  const children = await prisma.place.count({ where: { parentId: placeId, retiredAt: null } });
  if (children > 0)
    return { ok: false, fieldErrors: { reason: `${current.title} still contains ${children} place(s); move or remove them first.` } };
  return saveWithReason(
    actor,
    {
      title: `Remove place: ${current.title}`,
      submit: true,
      items: [{ recordType: "PLACE", operation: "DELETE", recordId: placeId, baseVersion: current.version, payload: current.content }],
    },
    reason,
    changeId,
  );
}

// Folding a duplicate into the place it duplicates is proposed and reviewed like any edit.
export async function proposePlaceMerge(
  actor: Actor,
  duplicateId: string,
  intoId: string,
  reason: string,
  changeId?: string,
): Promise<ActionResult<{ id: string }>> {
  if (duplicateId === intoId) return { ok: false, fieldErrors: { intoId: "Choose another place" } };
  const [duplicate, into] = await Promise.all([placeRecord.load(prisma, duplicateId), placeRecord.load(prisma, intoId)]);
  if (!duplicate) return { ok: false, formError: "This place is no longer published." };
  if (!into) return { ok: false, fieldErrors: { intoId: "That place is no longer published; choose another" } };
  return saveWithReason(
    actor,
    {
      title: `Merge place: ${duplicate.title} into ${into.title}`,
      submit: true,
      items: [
        {
          recordType: "PLACE",
          operation: "MERGE",
          recordId: duplicateId,
          baseVersion: duplicate.version,
          mergeIntoId: intoId,
          payload: duplicate.content,
        },
      ],
    },
    reason,
    changeId,
  );
}
