import { getTieProfile } from "@/lib/tie-profile";
import { describeTie } from "@/lib/tie-json";
import { tiePath, tieSlug } from "@/lib/tie-path";
import { profileJsonResponse } from "@/lib/profile-json";

type Context = { params: Promise<{ slug: string }> };

// The profile's facts with their citations, from the same cached read as its page. A route
// handler rather than ?format=json on the page: a page cannot answer with JSON, and this
// one answers its own status (proxy.ts checks only page addresses). The places named the
// other way round lead to the stored order, as the page does.
export async function GET(request: Request, { params }: Context) {
  const { slug } = await params;
  const profile = await getTieProfile(slug);
  const { placeA, placeB } = profile?.tie ?? {};
  if (placeA && placeB && slug !== tieSlug(placeA.slug, placeB.slug)) {
    return Response.redirect(new URL(`${tiePath(placeA.slug, placeB.slug)}/json`, request.url), 308);
  }
  return profileJsonResponse(profile && describeTie(profile), "tie");
}
