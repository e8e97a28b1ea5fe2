// Cache tags of the public pages. Reads tag what they show; approvals revalidate the tags
// of every record they touched, so the public site changes at once and only then.
export const PLACES_TAG = "places";
export const placeTag = (id: string) => `place:${id}`;
export const placeSlugTag = (slug: string) => `place-slug:${slug}`;
export const SOURCES_TAG = "sources";
export const sourceTag = (id: string) => `source:${id}`;
