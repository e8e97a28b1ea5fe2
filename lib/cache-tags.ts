import { cacheTag } from "next/cache";

// Cache tags of the public pages. Reads tag what they show; approvals revalidate the tags
// of every record they touched, so the public site changes at once and only then.
export const PLACES_TAG = "places";
export const placeTag = (id: string) => `place:${id}`;
export const placeSlugTag = (slug: string) => `place-slug:${slug}`;
export const SOURCES_TAG = "sources";
export const sourceTag = (id: string) => `source:${id}`;
// A profile read that finds no record at an address carries its kind's list tag, so the
// approval that creates (or renames) a record of that kind refreshes it.
export const PEOPLE_TAG = "people";
export const personTag = (id: string) => `person:${id}`;
export const ORGANISATIONS_TAG = "organisations";
export const organisationTag = (id: string) => `organisation:${id}`;
export const TIES_TAG = "ties";
export const tieTag = (id: string) => `tie:${id}`;
export const AGREEMENTS_TAG = "agreements";
export const agreementTag = (id: string) => `agreement:${id}`;
export const DELEGATIONS_TAG = "delegations";
export const delegationTag = (id: string) => `delegation:${id}`;
export const EVENTS_TAG = "events";
export const eventTag = (id: string) => `event:${id}`;

// One cacheTag() call keeps at most 128 tags and drops the rest; a profile can show more.
export function tagCacheWith(tags: Iterable<string>) {
  const unique = [...new Set(tags)];
  for (let i = 0; i < unique.length; i += 100) cacheTag(...unique.slice(i, i + 100));
}
