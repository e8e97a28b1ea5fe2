import type { Prisma } from "@/lib/generated/prisma/client";
import { orderTiePair } from "@/lib/tie-timeline";

// A tie's public address names its two places: /ties/<placeA.slug>--<placeB.slug>, in the
// stored order (placeAId < placeBId). Place slugs never contain "--" (lib/names.ts slugify
// collapses every run of separators), so the pair splits back unambiguously.
const SEPARATOR = "--";

export function tieSlug(placeASlug: string, placeBSlug: string): string {
  return `${placeASlug}${SEPARATOR}${placeBSlug}`;
}

export function tiePath(placeASlug: string, placeBSlug: string): string {
  return `/ties/${tieSlug(placeASlug, placeBSlug)}`;
}

// A tie is named, like its address, by its two places: "Seoul – Tokyo".
export function tieTitle(placeA: string, placeB: string): string {
  return `${placeA} – ${placeB}`;
}

type Addressed = { id: string; slug: string };

// The address of the tie between two places, named in either order.
export function tiePathBetween(one: Addressed, other: Addressed): string {
  const [placeAId] = orderTiePair(one.id, other.id);
  return placeAId === one.id ? tiePath(one.slug, other.slug) : tiePath(other.slug, one.slug);
}

// The two place slugs of a tie's address, in the order written; null if it names no pair.
export function parseTieSlug(slug: string): [string, string] | null {
  const parts = slug.split(SEPARATOR);
  if (parts.length !== 2 || !parts[0] || !parts[1] || parts[0] === parts[1]) return null;
  return [parts[0], parts[1]];
}

// The published tie between two published places, whichever order the address gives them.
export function tieBetween(slugs: [string, string]): Prisma.TieWhereInput {
  const [first, second] = slugs;
  const pair = (a: string, b: string) => ({ placeA: { slug: a, retiredAt: null }, placeB: { slug: b, retiredAt: null } });
  return { retiredAt: null, OR: [pair(first, second), pair(second, first)] };
}
