import { authorizeRoute } from "@/lib/route-access";
import { countAwaiting } from "@/lib/awaiting";

// The menu's counts of what awaits the user (components/awaiting-counts.tsx), read again
// after each navigation: the menu is in the admin layout, which navigating does not re-render.
export async function GET() {
  const access = await authorizeRoute("change:propose");
  if ("refusal" in access) return access.refusal;
  return Response.json(await countAwaiting(access.user), { headers: { "Cache-Control": "private, no-store" } });
}
