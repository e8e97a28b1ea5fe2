import "server-only";
import type { Role } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";

// Apart from lib/auth.ts (the next-auth config, argon2) so that proxy.ts can read the
// session too (lib/page-access.ts) without bundling the sign-in machinery.

export type SessionUser = { id: string; email: string; name: string; role: Role };
// What the session cookie claims: who, and under which of their session versions.
export type SessionClaims = { id?: string; sessionVersion?: number };

// Cookies issued before sessions had versions carry none: they count as the first, 0.
export const versionOf = (sessionVersion: unknown) => (typeof sessionVersion === "number" ? sessionVersion : 0);

// The session cookie only says who signed in; the database says whether they still may.
// Disabling, a role or password change and signing out raise the user's session version,
// which refuses every cookie issued before, on the next request rather than at expiry.
export async function findSessionUser(claims: SessionClaims | undefined): Promise<SessionUser | null> {
  if (!claims?.id) return null;
  const user = await prisma.user.findUnique({
    where: { id: claims.id },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, sessionVersion: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== versionOf(claims.sessionVersion)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
