import "server-only";
import { cacheTag } from "next/cache";
import { organisationTag, personTag, tieTag } from "@/lib/cache-tags";
import { listRevisions } from "@/lib/revision";

// Public: who proposed and who approved each published version of a record. Kept apart
// from the profile reads so the profile pages do not load the review machinery.
export async function getPersonHistory(personId: string) {
  "use cache";
  cacheTag(personTag(personId));
  return listRevisions("PERSON", personId);
}

export async function getOrganisationHistory(organisationId: string) {
  "use cache";
  cacheTag(organisationTag(organisationId));
  return listRevisions("ORGANISATION", organisationId);
}

export async function getTieHistory(tieId: string) {
  "use cache";
  cacheTag(tieTag(tieId));
  return listRevisions("TIE", tieId);
}
