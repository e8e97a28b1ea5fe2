import "server-only";
import { cacheTag } from "next/cache";
import type { RecordType } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { agreementTag, delegationTag, eventTag, organisationTag, personTag, placeTag, tieTag } from "@/lib/cache-tags";
import { readSnapshot } from "@/lib/change-item";
import { recordKind } from "@/lib/record-kinds";
import { diffContent } from "@/lib/record-diff";

// Public: who proposed and who approved each published version of a record, and what it
// changed. Only what was approved: a version's snapshot, never its change request, whose
// title and other parts may still be unapproved (a partial approval, a later revision).
const publicVersion = {
  id: true,
  version: true,
  createdAt: true,
  proposedBy: { select: { name: true } },
  approvedBy: { select: { name: true } },
} as const;

async function listPublishedVersions(recordType: RecordType, recordId: string) {
  return prisma.revision.findMany({ where: { recordType, recordId }, orderBy: { version: "desc" }, select: publicVersion });
}

// A published place's history, each version against the one before it.
export async function getPlaceHistory(placeId: string) {
  "use cache";
  cacheTag(placeTag(placeId));
  const revisions = await prisma.revision.findMany({
    where: { recordType: "PLACE", recordId: placeId },
    orderBy: { version: "desc" },
    select: { ...publicVersion, snapshot: true },
  });
  const contents = revisions.map((revision) => readSnapshot("PLACE", revision.snapshot));
  const { fieldLabels, valueLabels, referenceNames } = recordKind("PLACE");
  const names = await referenceNames(
    prisma,
    contents.filter((content) => content !== null),
  );
  const versions = revisions.map(({ id, version, createdAt, proposedBy, approvedBy }, i) => ({
    ...{ id, version, createdAt, proposedBy, approvedBy },
    diff: diffContent(contents[i + 1] ?? null, contents[i]),
  }));
  const labels: Record<string, string> = fieldLabels;
  return { versions, names, labels, valueLabels: valueLabels as Record<string, Record<string, string>> };
}

// Kept apart from the profile reads so the profile pages do not load the review machinery.
export async function getPersonHistory(personId: string) {
  "use cache";
  cacheTag(personTag(personId));
  return listPublishedVersions("PERSON", personId);
}

export async function getOrganisationHistory(organisationId: string) {
  "use cache";
  cacheTag(organisationTag(organisationId));
  return listPublishedVersions("ORGANISATION", organisationId);
}

export async function getTieHistory(tieId: string) {
  "use cache";
  cacheTag(tieTag(tieId));
  return listPublishedVersions("TIE", tieId);
}

export async function getAgreementHistory(agreementId: string) {
  "use cache";
  cacheTag(agreementTag(agreementId));
  return listPublishedVersions("AGREEMENT", agreementId);
}

export async function getDelegationHistory(delegationId: string) {
  "use cache";
  cacheTag(delegationTag(delegationId));
  return listPublishedVersions("DELEGATION", delegationId);
}

export async function getEventHistory(eventId: string) {
  "use cache";
  cacheTag(eventTag(eventId));
  return listPublishedVersions("EVENT", eventId);
}
