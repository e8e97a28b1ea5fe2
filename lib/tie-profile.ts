import "server-only";
import { prisma } from "@/lib/db";
import { storedProfile } from "@/lib/stored-profiles";
import { placeSlugTag, tieTag, TIES_TAG } from "@/lib/cache-tags";
import { citedSourceTags, findProfileCitations } from "@/lib/profile-citations";
import { agreementLink, linkedTags } from "@/lib/profile-links";
import { sortTimeline } from "@/lib/tie-timeline";
import { parseTieSlug, tieBetween } from "@/lib/tie-path";
import { shownFigures } from "@/lib/figure-profile";

const placeSelect = {
  id: true,
  slug: true,
  name: true,
  country: true,
  names: { where: { kind: "NATIVE", isPreferred: true }, select: { text: true, lang: true } },
} as const;

function findTie(slugs: [string, string]) {
  return prisma.tie.findFirst({
    where: tieBetween(slugs),
    select: {
      id: true,
      kind: true,
      status: true,
      establishedOn: true,
      summary: true,
      version: true,
      placeA: { select: placeSelect },
      placeB: { select: placeSelect },
      events: {
        select: { id: true, type: true, kind: true, term: true, occurredOn: true, note: true, agreement: agreementLink },
      },
      figures: shownFigures,
    },
  });
}

// A tie, its two places, its dated history and its figures, each fact with its citations. `slug` may
// name the places in either order; the page redirects to the stored order.
async function readTieProfile(slug: string) {
  const slugs = parseTieSlug(slug);
  if (!slugs) return { profile: null, tags: [] };
  const tie = await findTie(slugs);
  if (!tie) {
    return { profile: null, tags: [TIES_TAG, placeSlugTag(slugs[0]), placeSlugTag(slugs[1])] };
  }
  const events = sortTimeline(tie.events);
  const citations = await findProfileCitations([
    { recordType: "TIE", ids: [tie.id] },
    { recordType: "TIE_EVENT", ids: events.map((e) => e.id) },
    { recordType: "FIGURE", ids: tie.figures.map((f) => f.id) },
  ]);
  const linked = linkedTags({ places: [tie.placeA, tie.placeB], agreements: events.map((e) => e.agreement) });
  return { profile: { tie: { ...tie, events }, citations }, tags: [tieTag(tie.id), ...linked, ...citedSourceTags(citations)] };
}

// Cached until an approval revalidates a tag it was read under; a render after Next's cache
// lost it reads the stored copy (lib/stored-profiles.ts).
export async function getTieProfile(slug: string) {
  "use cache";
  return storedProfile(`tie:${slug}`, () => readTieProfile(slug));
}

export type TieProfile = NonNullable<Awaited<ReturnType<typeof getTieProfile>>>;
