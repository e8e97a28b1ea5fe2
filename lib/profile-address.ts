import "server-only";
import { prisma } from "@/lib/db";
import { parseTieSlug, tieBetween, tieSlug } from "@/lib/tie-path";
import { partCount } from "@/lib/source-parts";

// The public profile addresses: /<section>/<slug> and /<section>/<slug>/history, and a
// source's /sources/<id> and /sources/<id>/parts/<n> (lib/source-parts.ts), which has no
// history page. A profile's /<section>/<slug>/json is
// not one of them: a route handler sends nothing before it knows the record, so it answers
// its own 404 (as JSON, which is what its reader asked for).
const SECTIONS = ["places", "people", "organisations", "ties", "agreements", "delegations", "events", "sources"] as const;
type Section = (typeof SECTIONS)[number];

// `part`: a long source's part after its first (0-based), as its address numbers it from 1.
export type ProfileAddress = { section: Section; slug: string; isHistory: boolean; part?: number };

// What is at an address: a published record, nothing, or a record now at another address.
export type Resolution = { found: boolean; movedTo?: string };

// "/parts/2" is a source's second part; its first is the source's own address.
const LATER_PART = /^(?:[2-9]|[1-9]\d{1,5})$/;

export function parseProfileAddress(pathname: string): ProfileAddress | null {
  const [, section, encodedSlug, page, ...rest] = pathname.split("/");
  if (section === "sources" && page === "parts") return parseSourcePart(encodedSlug, rest);
  if (!SECTIONS.includes(section as Section) || !encodedSlug || rest.length > 0) return null;
  if (page !== undefined && (page !== "history" || section === "sources")) return null;
  const slug = decodePath(encodedSlug);
  return slug === null ? null : { section: section as Section, slug, isHistory: page === "history" };
}

// A part number that is no later part ("/parts/1", "/parts/02") names nothing: -1.
function parseSourcePart(encodedSlug: string, [part, ...rest]: string[]): ProfileAddress | null {
  const slug = decodePath(encodedSlug);
  if (!slug || part === undefined || rest.length > 0) return null;
  return { section: "sources", slug, isHistory: false, part: LATER_PART.test(part) ? Number(part) - 1 : -1 };
}

// Null for a path whose percent-encoding is broken ("%E0%A4%A"): it names nothing.
export function decodePath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

const found = (isFound: boolean): Resolution => ({ found: isFound });

// A merged place's profile address leads to the place it joined (findMergedPlaceSlug); its
// history page does not.
async function resolvePlace({ slug, isHistory }: ProfileAddress): Promise<Resolution> {
  const place = await prisma.place.findUnique({ where: { slug }, select: { retiredAt: true, mergedIntoId: true } });
  if (!place?.retiredAt) return found(!!place);
  if (isHistory || !place.mergedIntoId) return found(false);
  const target = await prisma.place.findFirst({ where: { id: place.mergedIntoId, retiredAt: null }, select: { slug: true } });
  return target ? { found: true, movedTo: `/places/${target.slug}` } : found(false);
}

// A tie's address may name its places in either order; the stored order is the canonical one.
async function resolveTie({ slug, isHistory }: ProfileAddress): Promise<Resolution> {
  const slugs = parseTieSlug(slug);
  const tie =
    slugs &&
    (await prisma.tie.findFirst({
      where: tieBetween(slugs),
      select: { placeA: { select: { slug: true } }, placeB: { select: { slug: true } } },
    }));
  if (!tie) return found(false);
  const canonical = tieSlug(tie.placeA.slug, tie.placeB.slug);
  return canonical === slug ? found(true) : { found: true, movedTo: `/ties/${canonical}${isHistory ? "/history" : ""}` };
}

// A part of a source is there when its text reaches that far (SQLite's length(), not the text).
async function resolveSource({ slug: id, part = 0 }: ProfileAddress): Promise<Resolution> {
  const [source] = await prisma.$queryRaw<
    { length: number }[]
  >`SELECT length(snapshot) AS length FROM Source WHERE id = ${id} AND retiredAt IS NULL`;
  return found(!!source && part >= 0 && part < partCount(Number(source.length)));
}

// One indexed lookup per request: slugs are unique, and so is a tie's pair of places.
const RESOLVERS = {
  places: resolvePlace,
  people: async ({ slug }) => found((await prisma.person.count({ where: { slug, retiredAt: null } })) > 0),
  organisations: async ({ slug }) => found((await prisma.organisation.count({ where: { slug, retiredAt: null } })) > 0),
  ties: resolveTie,
  agreements: async ({ slug }) => found((await prisma.agreement.count({ where: { slug, retiredAt: null } })) > 0),
  delegations: async ({ slug }) => found((await prisma.delegation.count({ where: { slug, retiredAt: null } })) > 0),
  events: async ({ slug }) => found((await prisma.event.count({ where: { slug, retiredAt: null } })) > 0),
  sources: resolveSource,
} satisfies Record<Section, (address: ProfileAddress) => Promise<Resolution>>;

export function resolveProfileAddress(address: ProfileAddress): Promise<Resolution> {
  return RESOLVERS[address.section](address);
}
