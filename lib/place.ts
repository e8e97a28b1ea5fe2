import "server-only";
import { cacheTag } from "next/cache";
import { prisma } from "@/lib/db";
import { normalizeName } from "@/lib/names";
import { submitChange } from "@/lib/change-request";
import type { ActionResult } from "@/lib/action-result";
import type { Actor } from "@/lib/permissions";
import type { PlaceInput } from "@/lib/place-schema";

export const placeTag = (id: string) => `place:${id}`;
export const PLACES_TAG = "places";

// Options for "parent" pickers: every published place, shortest path first.
export async function listPlaceOptions() {
  "use cache";
  cacheTag(PLACES_TAG);
  return prisma.place.findMany({
    where: { retiredAt: null },
    orderBy: [{ country: "asc" }, { name: "asc" }],
    select: { id: true, name: true, country: true, level: true },
  });
}

export async function listPublishedPlaces() {
  "use cache";
  cacheTag(PLACES_TAG);
  return prisma.place.findMany({
    where: { retiredAt: null },
    orderBy: [{ country: "asc" }, { name: "asc" }],
    select: {
      slug: true,
      name: true,
      country: true,
      level: true,
      names: { where: { kind: "NATIVE", isPreferred: true }, select: { text: true, lang: true } },
      parent: { select: { name: true } },
    },
  });
}

async function findDuplicatePlace(input: PlaceInput) {
  return prisma.place.findFirst({
    where: { retiredAt: null, country: input.country, parentId: input.parentId, name: input.name },
    select: { slug: true },
  });
}

// A new place is a change request until a reviewer approves it; nothing public changes.
export async function proposeNewPlace(actor: Actor, input: PlaceInput): Promise<ActionResult<{ id: string }>> {
  if (input.parentId) {
    const parent = await prisma.place.findFirst({ where: { id: input.parentId, retiredAt: null }, select: { id: true } });
    if (!parent) return { ok: false, fieldErrors: { parentId: "That parent place no longer exists; choose another" } };
  }
  const duplicate = await findDuplicatePlace(input);
  if (duplicate) {
    return { ok: false, fieldErrors: { name: `This place is already recorded (/places/${duplicate.slug})` } };
  }
  const payload = { ...input, names: input.names.map((name) => ({ ...name, normalized: normalizeName(name.text) })) };
  const change = await submitChange(actor, `New place: ${input.name}`, [
    { recordType: "PLACE", operation: "CREATE", ref: "place", payload },
  ]);
  return { ok: true, data: change };
}
