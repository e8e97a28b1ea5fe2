import "server-only";
import { cacheTag } from "next/cache";
import { prisma } from "@/lib/db";
import { ORGANISATIONS_TAG, organisationTag, tagCacheWith } from "@/lib/cache-tags";
import { citedSourceTags, findProfileCitations } from "@/lib/profile-citations";
import { linkedTags, organisationLink, personLink, placeLink } from "@/lib/profile-links";

function findOrganisation(slug: string) {
  return prisma.organisation.findFirst({
    where: { slug, retiredAt: null },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      country: true,
      summary: true,
      version: true,
      names: {
        where: { retiredAt: null },
        select: { id: true, text: true, lang: true, kind: true, isPreferred: true },
        orderBy: { kind: "asc" },
      },
      place: placeLink,
      parent: organisationLink,
      children: { where: { retiredAt: null }, orderBy: { name: "asc" }, ...organisationLink },
      positions: {
        where: { person: { retiredAt: null } },
        orderBy: { startOn: { sort: "desc", nulls: "last" } },
        select: { id: true, title: true, startOn: true, endOn: true, person: personLink },
      },
    },
  });
}

function findPartiesTo(organisationId: string) {
  return prisma.agreementParty.findMany({
    where: { organisationId, agreement: { retiredAt: null } },
    orderBy: { agreement: { signedOn: "desc" } },
    select: {
      id: true,
      agreement: {
        select: {
          id: true,
          title: true,
          kind: true,
          signedOn: true,
          parties: { select: { id: true, place: placeLink, organisation: organisationLink } },
        },
      },
    },
  });
}

function findDelegationsSent(organisationId: string) {
  return prisma.delegation.findMany({
    where: { retiredAt: null, sendingOrganisationId: organisationId },
    orderBy: { startOn: "desc" },
    select: {
      id: true,
      title: true,
      startOn: true,
      endOn: true,
      leaderTitle: true,
      leader: personLink,
      stops: { orderBy: { sequence: "asc" }, select: { place: placeLink } },
    },
  });
}

function tagsOf({ organisation, parties, delegations }: Omit<OrganisationProfile, "citations">) {
  const otherParties = parties.flatMap((p) => p.agreement.parties);
  return linkedTags({
    places: [organisation.place, ...otherParties.map((p) => p.place), ...delegations.flatMap((d) => d.stops.map((s) => s.place))],
    people: [...organisation.positions.map((p) => p.person), ...delegations.map((d) => d.leader)],
    organisations: [organisation.parent, ...organisation.children, ...otherParties.map((p) => p.organisation)],
  });
}

// Everything an organisation's public profile shows, each fact with its citations.
export async function getOrganisationProfile(slug: string) {
  "use cache";
  const organisation = await findOrganisation(slug);
  if (!organisation) {
    cacheTag(ORGANISATIONS_TAG);
    return null;
  }
  const [parties, delegations] = await Promise.all([findPartiesTo(organisation.id), findDelegationsSent(organisation.id)]);
  const citations = await findProfileCitations([
    { recordType: "ORGANISATION", ids: [organisation.id] },
    { recordType: "NAME", ids: organisation.names.map((n) => n.id) },
    { recordType: "POSITION", ids: organisation.positions.map((p) => p.id) },
    { recordType: "AGREEMENT", ids: parties.map((p) => p.agreement.id) },
    { recordType: "AGREEMENT_PARTY", ids: parties.map((p) => p.id) },
    { recordType: "DELEGATION", ids: delegations.map((d) => d.id) },
  ]);
  const profile = { organisation, parties, delegations };
  tagCacheWith([organisationTag(organisation.id), ...tagsOf(profile), ...citedSourceTags(citations)]);
  return { ...profile, citations };
}

export type OrganisationProfile = NonNullable<Awaited<ReturnType<typeof getOrganisationProfile>>>;
