import { findMergedPlaceSlug, getPlaceProfile } from "@/lib/place-profile";
import { describePlace } from "@/lib/place-json";
import { profileJsonResponse } from "@/lib/profile-json";

type Context = { params: Promise<{ slug: string }> };

// The profile's facts with their citations, from the same cached read as its page. A route
// handler rather than ?format=json on the page: a page cannot answer with JSON, and this
// one answers its own status (proxy.ts checks only page addresses). A merged place's
// address leads to the place it joined, as its page does.
export async function GET(request: Request, { params }: Context) {
  const { slug } = await params;
  const profile = await getPlaceProfile(slug);
  const mergedInto = profile ? null : await findMergedPlaceSlug(slug);
  if (mergedInto) return Response.redirect(new URL(`/places/${mergedInto}/json`, request.url), 308);
  return profileJsonResponse(profile && describePlace(profile), "place");
}
