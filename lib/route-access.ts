import "server-only";
import { getCurrentUser, type SessionUser } from "@/lib/auth";
import { can, type Action } from "@/lib/permissions";

// Route handlers answer fetch() calls, so a refusal is a JSON status, not a redirect to the
// sign-in page. proxy.ts only turns away requests without a session cookie; this checks
// the session and the role, as every admin page and server action does.
export async function authorizeRoute(action: Action): Promise<{ user: SessionUser } | { refusal: Response }> {
  const user = await getCurrentUser();
  if (!user) return { refusal: Response.json({ error: "Sign in again to continue." }, { status: 401 }) };
  if (!can(user, action)) return { refusal: Response.json({ error: "You may not do this." }, { status: 403 }) };
  return { user };
}
