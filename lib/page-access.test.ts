import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { createTestUser } from "@/lib/test-users";
import type { Action } from "@/lib/permissions";
import { pagePermission, refusedPagePath, ROLES_BY_RANK, rolesAllowedTo } from "@/lib/page-access";

const ADMIN_PAGES = path.resolve(import.meta.dirname, "../app/admin");

// Every admin page, by the address it answers (a parameter stays "[id]").
function adminPages(): { address: string; source: string }[] {
  return readdirSync(ADMIN_PAGES, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "page.tsx")
    .map((file) => ({
      address: `/admin/${path.dirname(file)}`.replace(/\/\.$/, "").replace(/\/\([^)]+\)/g, ""),
      source: readFileSync(path.join(ADMIN_PAGES, file), "utf8"),
    }));
}

const ALL_ROLES = ROLES_BY_RANK;
const rolesFor = (action: Action | null) => (action ? rolesAllowedTo(action) : ALL_ROLES);

describe("the admin pages a role may not open", () => {
  it("are the pages whose own check refuses some role: the proxy's 403 and the page agree", () => {
    const pages = adminPages().filter(({ address }) => !address.startsWith("/admin/role-required"));
    expect(pages.length).toBeGreaterThan(20);
    const disagreements = pages.flatMap(({ address, source }) => {
      const checked = /requirePermission\("([^"]+)"\)/.exec(source)?.[1] as Action | undefined;
      const byPage = rolesFor(checked ?? null);
      const byProxy = rolesFor(pagePermission(address));
      return byPage.join() === byProxy.join() ? [] : [`${address}: the page lets ${byPage} in, the proxy ${byProxy}`];
    });
    expect(disagreements).toEqual([]);
  });

  it("each open to a role and every role above it, as the 403 page says", () => {
    for (const action of ["change:review", "coverage:view", "users:manage", "audit:view"] as const) {
      const roles = rolesAllowedTo(action);
      expect(roles).toEqual(ROLES_BY_RANK.slice(ROLES_BY_RANK.indexOf(roles[0])));
    }
  });
});

describe("refusedPagePath", () => {
  beforeAll(() => {
    process.env.NEXTAUTH_SECRET ??= "page-access-test-secret";
  });

  // A new user's sessions are at version 0 until they are ended (lib/auth.ts).
  async function requestAs(pathname: string, user?: { id: string; role: Role; sessionVersion?: number }) {
    const headers = new Headers();
    if (user) {
      const token = await encode({ token: { sub: user.id, sessionVersion: 0, ...user }, secret: process.env.NEXTAUTH_SECRET! });
      headers.set("cookie", `next-auth.session-token=${token}`);
    }
    return new NextRequest(new URL(pathname, "http://localhost"), { headers });
  }

  it("sends an editor opening a reviewer's or an admin's page to the 403 page naming the least role that opens it", async () => {
    const editor = await createTestUser("EDITOR");
    expect(await refusedPagePath(await requestAs("/admin/users", editor))).toBe("/admin/role-required/admin");
    expect(await refusedPagePath(await requestAs("/admin/review/some-change", editor))).toBe("/admin/role-required/reviewer");
    expect(await refusedPagePath(await requestAs("/admin/places/new", editor))).toBeNull();
  });

  it("lets through a role that may open the page", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const admin = await createTestUser("ADMIN");
    expect(await refusedPagePath(await requestAs("/admin/coverage", reviewer))).toBeNull();
    expect(await refusedPagePath(await requestAs("/admin/users", reviewer))).toBe("/admin/role-required/admin");
    expect(await refusedPagePath(await requestAs("/admin/users", admin))).toBeNull();
  });

  it("leaves a visitor without a valid session to the page, which asks them to sign in", async () => {
    const disabled = await createTestUser("EDITOR", "disabled-editor", { disabledAt: new Date() });
    const ended = await createTestUser("EDITOR");
    expect(await refusedPagePath(await requestAs("/admin/users"))).toBeNull();
    expect(await refusedPagePath(await requestAs("/admin/users", disabled))).toBeNull();
    expect(await refusedPagePath(await requestAs("/admin/users", { ...ended, sessionVersion: -1 }))).toBeNull();
  });
});
