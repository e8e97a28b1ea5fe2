import "server-only";
import type { Tx } from "@/lib/record-kind";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { searchKeysOf } from "@/lib/search-key";
import { normalizeName } from "@/lib/names";
import { placeSchema, PLACE_LEVEL_LABELS } from "@/lib/place-schema";
import { cityKeyOf, type ListCity } from "@/lib/twin-cities-list";
import { itemRef, type Candidate, type CityMatch, type PlaceRef } from "@/lib/twin-cities-plan";

type Db = Tx | PrismaClient;

// Every published place and every place a pending proposal would create, filed under the
// search keys of its names (lib/search-key.ts) within its country: a city of the list is
// matched the way an editor's search would find it, in any spelling the index folds.
export type PlaceIndex = { byKey: Map<string, Set<PlaceRef>>; names: Map<PlaceRef, string>; pending: Map<PlaceRef, string> };

const indexKey = (country: string | null, key: string) => `${country}|${key}`;

// Proposals still open: not approved, in a change neither approved nor withdrawn.
export const OPEN_ITEM = {
  status: { not: "APPROVED" },
  changeRequest: { status: { notIn: ["APPROVED", "WITHDRAWN"] } },
} satisfies Prisma.ChangeItemWhereInput;

const pendingPlaceSchema = placeSchema.pick({ name: true, country: true });

export async function loadPlaceIndex(db: Db): Promise<PlaceIndex> {
  const byKey = new Map<string, Set<PlaceRef>>();
  const file = (country: string | null, key: string, ref: PlaceRef) => {
    const at = indexKey(country, key);
    (byKey.get(at) ?? byKey.set(at, new Set()).get(at)!).add(ref);
  };
  const keys = await db.searchKey.findMany({ where: { recordType: "PLACE" }, select: { key: true, recordId: true, country: true } });
  for (const { key, recordId, country } of keys) file(country, key, recordId);
  const places = await db.place.findMany({ where: { retiredAt: null }, select: { id: true, name: true } });
  const names = new Map(places.map((place) => [place.id, place.name]));
  const pending = new Map<PlaceRef, string>();
  const items = await db.changeItem.findMany({
    where: { recordType: "PLACE", operation: "CREATE", ...OPEN_ITEM },
    select: { id: true, payload: true },
  });
  for (const item of items) {
    const place = pendingPlaceSchema.safeParse(item.payload);
    if (!place.success) continue;
    pending.set(itemRef(item.id), place.data.name);
    names.set(itemRef(item.id), place.data.name);
    for (const key of searchKeysOf(place.data.name, "en", "PLACE")) file(place.data.country, key, itemRef(item.id));
  }
  return { byKey, names, pending };
}

// "Seoul – Gangnam", "Licheng (Jinan)", "Córdoba, Bolívar": a district or a namesake told
// apart by a qualifier, which only an editor can resolve to the right place.
const QUALIFIER = /\(|\)|\s[–—-]\s|,/;

const partsOf = (name: string) =>
  name
    .split(/[(),–—]|\s-\s/)
    .map((part) => part.trim())
    .filter(Boolean);

function refsFor(index: PlaceIndex, city: Pick<ListCity, "name" | "country">): Set<PlaceRef> {
  const refs = new Set<PlaceRef>();
  for (const key of searchKeysOf(city.name, "en", "PLACE"))
    for (const ref of index.byKey.get(indexKey(city.country, key)) ?? []) refs.add(ref);
  return refs;
}

// One unambiguous match is reused; none makes a new place; several, or a qualified name
// (whose parts may each name a place), go to the resolution list.
export function matchCity(index: PlaceIndex, city: ListCity): CityMatch {
  const refs = refsFor(index, city);
  if (QUALIFIER.test(city.name)) {
    // Written exactly so before (an earlier import's resolution): that place, again.
    const same = [...refs].filter((ref) => normalizeName(index.names.get(ref) ?? "") === normalizeName(city.name));
    if (same.length === 1) return { kind: "found", ref: same[0] };
    for (const part of partsOf(city.name)) for (const ref of refsFor(index, { name: part, country: city.country })) refs.add(ref);
    return { kind: "ambiguous", reason: "qualifier", candidates: [...refs].map((ref) => ({ ref, label: ref })) };
  }
  if (refs.size === 1) return { kind: "found", ref: [...refs][0] };
  if (refs.size === 0) return { kind: "new" };
  return { kind: "ambiguous", reason: "several", candidates: [...refs].map((ref) => ({ ref, label: ref })) };
}

export function matchCities(index: PlaceIndex, cities: ListCity[]): Map<string, CityMatch> {
  return new Map(cities.map((city) => [cityKeyOf(city), matchCity(index, city)]));
}

// Labels that read alike are widened by `widen`; the others stay as they are.
function widenAlike(labels: Map<PlaceRef, string>, widen: (ref: PlaceRef, label: string) => string): Map<PlaceRef, string> {
  const seen = new Map<string, number>();
  for (const label of labels.values()) seen.set(label, (seen.get(label) ?? 0) + 1);
  return new Map([...labels].map(([ref, label]) => [ref, seen.get(label)! > 1 ? widen(ref, label) : label]));
}

const coordinatesOf = ({ latitude, longitude }: { latitude?: number | null; longitude?: number | null }) =>
  latitude != null && longitude != null ? `at ${latitude.toFixed(2)}, ${longitude.toFixed(2)}` : null;

// What an editor needs to tell apart two candidates that read alike: what else is known of
// them, and where to look if that is not enough (the public page, or the change proposing it).
type Told = { label: string; details: string[]; whereToLook: string };

async function tellPlaces(db: Db, ids: PlaceRef[]): Promise<Map<PlaceRef, Told>> {
  const places = await db.place.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      slug: true,
      name: true,
      level: true,
      latitude: true,
      longitude: true,
      parent: { select: { name: true } },
      names: { where: { kind: "NATIVE", retiredAt: null }, orderBy: { isPreferred: "desc" }, take: 1, select: { text: true } },
    },
  });
  return new Map(
    places.map((place) => {
      const within = place.parent ? `, part of ${place.parent.name}` : "";
      const details = [place.names[0]?.text ?? null, coordinatesOf(place)].filter((detail) => detail !== null);
      return [
        place.id,
        { label: `${place.name} (${PLACE_LEVEL_LABELS[place.level]}${within})`, details, whereToLook: `/places/${place.slug}` },
      ];
    }),
  );
}

const pendingDetailsSchema = placeSchema.pick({ level: true, latitude: true, longitude: true }).partial();

async function tellPending(db: Db, index: PlaceIndex, refs: PlaceRef[]): Promise<Map<PlaceRef, Told>> {
  const items = await db.changeItem.findMany({
    where: { id: { in: refs.map((ref) => ref.slice("item:".length)) } },
    select: { id: true, payload: true, changeRequest: { select: { title: true } } },
  });
  return new Map(
    items.map((item) => {
      const ref = itemRef(item.id);
      const place = pendingDetailsSchema.safeParse(item.payload).data ?? {};
      const details = [place.level ? PLACE_LEVEL_LABELS[place.level] : null, coordinatesOf(place)].filter((detail) => detail !== null);
      const label = `${index.pending.get(ref)} (proposed, awaiting review)`;
      return [ref, { label, details, whereToLook: `proposed in “${item.changeRequest.title}”` }];
    }),
  );
}

// The candidates' names as an editor tells them apart: name, level, what it is part of, or
// "proposed, not yet approved". Two that still read alike (namesakes of the same level in the
// same parent) add their native name and coordinates, and if even those agree, where to look.
export async function labelCandidates(db: Db, index: PlaceIndex, refs: PlaceRef[]): Promise<Map<PlaceRef, string>> {
  const [pending, published] = [refs.filter((ref) => index.pending.has(ref)), refs.filter((ref) => !index.pending.has(ref))];
  const told = new Map([...(await tellPlaces(db, published)), ...(await tellPending(db, index, pending))]);
  const labels = new Map([...told].map(([ref, { label }]) => [ref, label]));
  const detailed = widenAlike(labels, (ref, label) => [label, ...told.get(ref)!.details].join(" — "));
  return widenAlike(detailed, (ref, label) => `${label} — ${told.get(ref)!.whereToLook}`);
}

export type { Candidate };
