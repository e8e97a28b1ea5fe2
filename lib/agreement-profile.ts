import "server-only";
import { agreementTitle } from "@/lib/agreement-kinds";
import { prisma } from "@/lib/db";
import { storedProfile } from "@/lib/stored-profiles";
import { agreementTag, AGREEMENTS_TAG } from "@/lib/cache-tags";
import { citedSourceTags, findProfileCitations } from "@/lib/profile-citations";
import { delegationLink, eventLink, linkedTags, organisationLink, personLink, placeLink } from "@/lib/profile-links";
import { sortTimeline } from "@/lib/tie-timeline";

// Parts with no order of their own are listed as they were entered.
const entered = { id: "asc" } as const;

function findAgreement(slug: string) {
  return prisma.agreement.findFirst({
    where: { slug, retiredAt: null },
    select: {
      id: true,
      slug: true,
      title: true,
      kind: true,
      signedOn: true,
      venue: true,
      summary: true,
      version: true,
      venuePlace: placeLink,
      delegation: { select: { ...delegationLink.select, retiredAt: true } },
      event: { select: { ...eventLink.select, retiredAt: true } },
      parties: { orderBy: entered, select: { id: true, place: placeLink, organisation: organisationLink } },
      signatories: { orderBy: entered, select: { id: true, title: true, role: true, person: personLink } },
      fields: { orderBy: entered, select: { id: true, name: true } },
      tieEvents: {
        where: { tie: { retiredAt: null } },
        select: {
          id: true,
          type: true,
          kind: true,
          occurredOn: true,
          tie: { select: { id: true, placeA: placeLink, placeB: placeLink } },
        },
      },
    },
  });
}

type Agreement = NonNullable<Awaited<ReturnType<typeof findAgreement>>>;

// A link to a retired visit or event would lead to a 404: it is left out.
const unlessRetired = <T extends { retiredAt: Date | null }>(record: T | null) => (record && !record.retiredAt ? record : null);

function tagsOf(agreement: Agreement) {
  const ties = agreement.tieEvents.map((e) => e.tie);
  return linkedTags({
    places: [agreement.venuePlace, ...agreement.parties.map((p) => p.place), ...ties.flatMap((t) => [t.placeA, t.placeB])],
    people: agreement.signatories.map((s) => s.person),
    organisations: agreement.parties.map((p) => p.organisation),
    delegations: [agreement.delegation],
    events: [agreement.event],
    ties,
  });
}

// A signed agreement as its public page shows it: kind, date, venue, parties, signatories
// and witnesses with their titles as given, fields of cooperation, the visit or event it was signed at and
// the tie events it produced, each fact with its citations.
async function readAgreementProfile(slug: string) {
  const found = await findAgreement(slug);
  if (!found) {
    return { profile: null, tags: [AGREEMENTS_TAG] };
  }
  const agreement = {
    ...found,
    title: agreementTitle(found),
    signatories: found.signatories.filter((s) => s.role === "SIGNATORY"),
    witnesses: found.signatories.filter((s) => s.role === "WITNESS"),
    delegation: unlessRetired(found.delegation),
    event: unlessRetired(found.event),
    tieEvents: sortTimeline(found.tieEvents),
  };
  const citations = await findProfileCitations([
    { recordType: "AGREEMENT", ids: [agreement.id] },
    { recordType: "AGREEMENT_PARTY", ids: agreement.parties.map((p) => p.id) },
    { recordType: "AGREEMENT_SIGNATORY", ids: found.signatories.map((s) => s.id) },
    { recordType: "COOPERATION_FIELD", ids: agreement.fields.map((f) => f.id) },
    { recordType: "TIE_EVENT", ids: agreement.tieEvents.map((e) => e.id) },
  ]);
  return { profile: { agreement, citations }, tags: [agreementTag(agreement.id), ...tagsOf(found), ...citedSourceTags(citations)] };
}

// Cached until an approval revalidates a tag it was read under; a render after Next's cache
// lost it reads the stored copy (lib/stored-profiles.ts).
export async function getAgreementProfile(slug: string) {
  "use cache";
  return storedProfile(`agreement:${slug}`, () => readAgreementProfile(slug));
}

export type AgreementProfile = NonNullable<Awaited<ReturnType<typeof getAgreementProfile>>>;
