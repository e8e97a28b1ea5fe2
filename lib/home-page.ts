import "server-only";
import { cacheTag } from "next/cache";
import { prisma } from "@/lib/db";
import { AGREEMENTS_TAG, DELEGATIONS_TAG, PLACES_TAG, TIES_TAG } from "@/lib/cache-tags";
import { agreementLink, delegationLink, placeLink } from "@/lib/profile-links";

const RECENT = 6;
const recent = { where: { retiredAt: null }, orderBy: { updatedAt: "desc" as const }, take: RECENT };

// What the home page shows whatever the size of the record: how much there is, and the
// places, agreements and delegations most recently approved.
export async function getHomePage() {
  "use cache";
  cacheTag(PLACES_TAG, TIES_TAG, AGREEMENTS_TAG, DELEGATIONS_TAG);
  const [places, ties, agreements, delegations, recentPlaces, recentAgreements, recentDelegations] = await Promise.all([
    prisma.place.count({ where: { retiredAt: null } }),
    prisma.tie.count({ where: { retiredAt: null } }),
    prisma.agreement.count({ where: { retiredAt: null } }),
    prisma.delegation.count({ where: { retiredAt: null } }),
    prisma.place.findMany({ ...recent, select: { ...placeLink.select, country: true } }),
    prisma.agreement.findMany({ ...recent, select: { ...agreementLink.select, kind: true, signedOn: true } }),
    prisma.delegation.findMany({ ...recent, select: { ...delegationLink.select, startOn: true } }),
  ]);
  return {
    counts: { places, ties, agreements, delegations },
    recent: { places: recentPlaces, agreements: recentAgreements, delegations: recentDelegations },
  };
}
