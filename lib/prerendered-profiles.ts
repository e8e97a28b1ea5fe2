import "server-only";
import { prisma } from "@/lib/db";
import { tieSlug } from "@/lib/tie-path";

// Which public profiles `next build` renders ahead of any visit (generateStaticParams). Every
// other profile is rendered on its first visit and then served from the cache like these, until
// an approval touching it revalidates its tag (Next docs: ISR with Cache Components).
const PRERENDERED = 50;

type SlugParams = { slug: string }[];

// Cache Components refuses a route whose generateStaticParams lists nothing; before anything is
// published a placeholder stands in, which proxy.ts and the page answer as not found.
const asParams = (slugs: string[]): SlugParams => (slugs.length > 0 ? slugs : ["-"]).map((slug) => ({ slug }));

// The places with the most ties: the pages most often reached from other pages.
export async function mostLinkedPlaces(): Promise<SlugParams> {
  const rows = await prisma.$queryRaw<{ slug: string }[]>`
    SELECT p.slug FROM Place p
    JOIN (SELECT placeId, COUNT(*) AS ties FROM (
            SELECT placeAId AS placeId FROM Tie WHERE retiredAt IS NULL
            UNION ALL SELECT placeBId FROM Tie WHERE retiredAt IS NULL)
          GROUP BY placeId) linked ON linked.placeId = p.id
    WHERE p.retiredAt IS NULL
    ORDER BY linked.ties DESC, p.slug
    LIMIT ${PRERENDERED}`;
  return asParams(rows.map((row) => row.slug));
}

const latest = { where: { retiredAt: null }, orderBy: { updatedAt: "desc" }, take: PRERENDERED, select: { slug: true } } as const;
const slugsOf = (rows: { slug: string }[]) => asParams(rows.map((row) => row.slug));

// For the other kinds, the most recently changed records: the ones being linked to now.
export const latestPeople = () => prisma.person.findMany(latest).then(slugsOf);
export const latestOrganisations = () => prisma.organisation.findMany(latest).then(slugsOf);
export const latestAgreements = () => prisma.agreement.findMany(latest).then(slugsOf);
export const latestDelegations = () => prisma.delegation.findMany(latest).then(slugsOf);
export const latestEvents = () => prisma.event.findMany(latest).then(slugsOf);

export async function latestTies(): Promise<SlugParams> {
  const ties = await prisma.tie.findMany({
    where: { retiredAt: null },
    orderBy: { updatedAt: "desc" },
    take: PRERENDERED,
    select: { placeA: { select: { slug: true } }, placeB: { select: { slug: true } } },
  });
  return asParams(ties.map((tie) => tieSlug(tie.placeA.slug, tie.placeB.slug)));
}
