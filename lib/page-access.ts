import "server-only";
import type { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import type { Role } from "@/lib/generated/prisma/enums";
import { can, type Action } from "@/lib/permissions";
import { findSessionUser } from "@/lib/session-user";

// The admin pages some roles may not open, by the start of their address, with the
// permission that opens them; every other admin page is open to every signed-in role. Each
// of these pages checks the same permission itself (requirePermission); page-access.test.ts
// holds the two together.
const RESTRICTED_PAGES: [prefix: string, action: Action][] = [
  ["/admin/review", "change:review"],
  ["/admin/disputes", "change:review"],
  ["/admin/coverage", "coverage:view"],
  ["/admin/users", "users:manage"],
  ["/admin/audit", "audit:view"],
];

export function pagePermission(pathname: string): Action | null {
  const page = RESTRICTED_PAGES.find(([prefix]) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  return page ? page[1] : null;
}

// Least first: each role may do everything the one before it may.
export const ROLES_BY_RANK: Role[] = ["EDITOR", "REVIEWER", "ADMIN"];

export const rolesAllowedTo = (action: Action) => ROLES_BY_RANK.filter((role) => can({ id: "", role }, action));

// The page that answers 403 naming the least role that opens a page (app/admin/role-required).
export const roleRequiredPath = (role: Role) => `/admin/role-required/${role.toLowerCase()}`;

// Where proxy.ts sends a signed-in user who opens a page their role may not: the 403 page,
// and null when the page is theirs to open. Without a valid session the page itself sends
// them to sign in. With Cache Components a page streams its shell, and so a 200, before
// it can refuse; only a check before rendering answers 403.
export async function refusedPagePath(request: NextRequest): Promise<string | null> {
  const action = pagePermission(request.nextUrl.pathname);
  if (!action) return null;
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  const sessionVersion = typeof token?.sessionVersion === "number" ? token.sessionVersion : undefined;
  const user = await findSessionUser(token ? { id: token.sub, sessionVersion } : undefined);
  if (!user || can(user, action)) return null;
  return roleRequiredPath(rolesAllowedTo(action)[0]);
}
