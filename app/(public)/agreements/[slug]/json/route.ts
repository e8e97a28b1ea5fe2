import { getAgreementProfile } from "@/lib/agreement-profile";
import { describeAgreement } from "@/lib/agreement-json";
import { profileJsonResponse } from "@/lib/profile-json";

type Context = { params: Promise<{ slug: string }> };

// The profile's facts with their citations, from the same cached read as its page. A route
// handler rather than ?format=json on the page: a page cannot answer with JSON, and this
// one answers its own status (proxy.ts checks only page addresses).
export async function GET(_request: Request, { params }: Context) {
  const profile = await getAgreementProfile((await params).slug);
  return profileJsonResponse(profile && describeAgreement(profile), "agreement");
}
