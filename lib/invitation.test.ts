import { describe, expect, it } from "vitest";
import { createHash, randomUUID } from "node:crypto";
import type { Role } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { PermissionDenied } from "@/lib/permissions";
import { verifyPassword } from "@/lib/password";
import {
  acceptInvitation,
  findOpenInvitation,
  inviteColleague,
  listOpenInvitations,
  whyUnusable,
  withdrawInvitation,
} from "@/lib/invitation";
import type { InvitationInput } from "@/lib/user-schema";

const PASSWORD = "a passphrase of my own";
const DAY_MS = 24 * 60 * 60 * 1000;

const colleague = (role: Role = "REVIEWER"): InvitationInput => ({
  name: "Kim Min-ji",
  email: `colleague-${randomUUID().slice(0, 8)}@test`,
  role,
});

// The token as the colleague receives it: the last part of the link the admin was shown.
async function invite(input: InvitationInput) {
  const admin = await createTestUser("ADMIN");
  const result = await inviteColleague(admin, input);
  if (!result.ok || !result.data || result.data.isSent) throw new Error(`no link to pass on: ${JSON.stringify(result)}`);
  return { admin, link: result.data.link, token: new URL(result.data.link).pathname.split("/").at(-1)! };
}

const accountOf = (email: string) => prisma.user.findUnique({ where: { email } });

describe("inviting a colleague", () => {
  it.each(["EDITOR", "REVIEWER"] as const)("is refused to a %s, and stores nothing", async (role) => {
    const actor = await createTestUser(role);
    const input = colleague();

    await expect(inviteColleague(actor, input)).rejects.toThrow(PermissionDenied);
    await expect(listOpenInvitations(actor)).rejects.toThrow(PermissionDenied);

    expect(await prisma.invitation.count({ where: { email: input.email } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { actorId: actor.id } })).toBe(0);
  });

  it("hands the admin a one-time link for a week, keeps only the token's hash, and audits it", async () => {
    const input = colleague();
    const before = Date.now();
    const { admin, link, token } = await invite(input);

    expect(link).toMatch(new RegExp(`/invite/${token}$`));
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const stored = await prisma.invitation.findFirstOrThrow({ where: { email: input.email } });
    expect(stored).toMatchObject({ name: input.name, role: "REVIEWER", invitedById: admin.id, usedAt: null });
    expect(stored.tokenHash).toBe(createHash("sha256").update(token).digest("base64url"));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored.expiresAt.getTime() - before).toBeGreaterThanOrEqual(7 * DAY_MS - 1000);
    expect(stored.expiresAt.getTime() - before).toBeLessThan(7 * DAY_MS + 60_000);
    expect(await accountOf(input.email)).toBeNull();

    const audit = await prisma.auditEvent.findMany({ where: { actorId: admin.id }, select: { action: true, detail: true } });
    expect(audit).toEqual([{ action: "user.invited", detail: { email: input.email, role: "REVIEWER" } }]);
    expect(JSON.stringify(audit)).not.toContain(token);
    expect((await listOpenInvitations(admin)).map((open) => open.email)).toContain(input.email);
  });

  it("refuses, at the email field, an address that already has an account", async () => {
    const existing = await createTestUser("EDITOR");
    const admin = await createTestUser("ADMIN");

    expect(await inviteColleague(admin, { ...colleague(), email: existing.email })).toEqual({
      ok: false,
      fieldErrors: { email: "A user with this email already exists" },
    });
    expect(await prisma.invitation.count({ where: { email: existing.email } })).toBe(0);
  });

  it("replaces an earlier link to the same address: only the newest one works", async () => {
    const input = colleague("EDITOR");
    const first = await invite(input);
    const second = await invite({ ...input, role: "ADMIN" });

    expect(await acceptInvitation({ token: first.token, newPassword: PASSWORD })).toMatchObject({ ok: false });
    expect(await acceptInvitation({ token: second.token, newPassword: PASSWORD })).toEqual({ ok: true });
    expect(await accountOf(input.email)).toMatchObject({ role: "ADMIN" });
  });
});

describe("accepting an invitation", () => {
  it("makes the account with the invited name, address and role and the chosen password, and uses up the link", async () => {
    const input = colleague("REVIEWER");
    const { token } = await invite(input);
    expect(await findOpenInvitation(token)).toEqual({ name: input.name, email: input.email, role: "REVIEWER" });

    expect(await acceptInvitation({ token, newPassword: PASSWORD })).toEqual({ ok: true });

    const account = await accountOf(input.email);
    expect(account).toMatchObject({ name: input.name, role: "REVIEWER", disabledAt: null });
    expect(await verifyPassword(account!.passwordHash, PASSWORD)).toBe(true);
    expect(await prisma.invitation.findFirstOrThrow({ where: { email: input.email } })).toMatchObject({ usedAt: expect.any(Date) });
    expect(await findOpenInvitation(token)).toBeNull();
    const audit = await prisma.auditEvent.findMany({
      where: { targetId: account!.id },
      select: { action: true, actorId: true, detail: true },
    });
    expect(audit).toEqual([
      { action: "user.created", actorId: account!.id, detail: { email: input.email, role: "REVIEWER", via: "invitation" } },
    ]);
  });

  it("refuses a link used before, and keeps the first password", async () => {
    const input = colleague();
    const { token } = await invite(input);
    await acceptInvitation({ token, newPassword: PASSWORD });

    const again = await acceptInvitation({ token, newPassword: "someone else's passphrase" });

    expect(again).toEqual({ ok: false, formError: expect.stringContaining("already been used") });
    expect(await verifyPassword((await accountOf(input.email))!.passwordHash, PASSWORD)).toBe(true);
  });

  it("lets only one of two acceptances at the same moment through", async () => {
    const input = colleague();
    const { token } = await invite(input);

    const results = await Promise.all([
      acceptInvitation({ token, newPassword: PASSWORD }),
      acceptInvitation({ token, newPassword: "the other passphrase" }),
    ]);

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await prisma.user.count({ where: { email: input.email } })).toBe(1);
  });

  it("refuses an expired link and makes no account", async () => {
    const input = colleague();
    const { token } = await invite(input);
    await prisma.invitation.updateMany({ where: { email: input.email }, data: { expiresAt: new Date(Date.now() - 1000) } });

    expect(await findOpenInvitation(token)).toBeNull();
    expect(await acceptInvitation({ token, newPassword: PASSWORD })).toEqual({ ok: false, formError: expect.stringContaining("expired") });
    expect(await accountOf(input.email)).toBeNull();
  });

  it("refuses a wrong token, even one a character away from the real one", async () => {
    const input = colleague();
    const { token } = await invite(input);
    const nearlyRight = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;

    for (const wrong of [nearlyRight, "", "not-a-token"]) {
      expect(await acceptInvitation({ token: wrong, newPassword: PASSWORD })).toMatchObject({ ok: false });
    }
    expect(await accountOf(input.email)).toBeNull();
    expect(await findOpenInvitation(token)).not.toBeNull();
  });

  it("refuses when the address got an account after the invitation, and leaves that account alone", async () => {
    const input = colleague();
    const { token } = await invite(input);
    const made = await prisma.user.create({ data: { email: input.email, name: "Made meanwhile", passwordHash: "x", role: "EDITOR" } });

    expect(await acceptInvitation({ token, newPassword: PASSWORD })).toEqual({
      ok: false,
      formError: expect.stringContaining("already exists"),
    });
    expect(await accountOf(input.email)).toMatchObject({ id: made.id, passwordHash: "x", role: "EDITOR" });
  });
});

describe("withdrawing an invitation", () => {
  const openInvitationOf = (email: string) => prisma.invitation.findFirstOrThrow({ where: { email } });

  it("stops the link at once, says it was withdrawn, lists it no more, and audits it", async () => {
    const input = colleague("EDITOR");
    const { admin, token } = await invite(input);
    const { id } = await openInvitationOf(input.email);

    expect(await withdrawInvitation(admin, id)).toEqual({ ok: true });

    expect(await findOpenInvitation(token)).toBeNull();
    expect(await whyUnusable(token)).toBe("This invitation was withdrawn. Ask an admin to invite you again.");
    expect(await acceptInvitation({ token, newPassword: PASSWORD })).toEqual({
      ok: false,
      formError: expect.stringContaining("withdrawn"),
    });
    expect(await accountOf(input.email)).toBeNull();
    expect((await listOpenInvitations(admin)).map((open) => open.email)).not.toContain(input.email);
    const audit = await prisma.auditEvent.findMany({
      where: { actorId: admin.id, action: "user.invitation-withdrawn" },
      select: { detail: true },
    });
    expect(audit).toEqual([{ detail: { email: input.email, role: "EDITOR" } }]);
  });

  it("refuses an invitation already accepted, and leaves the account alone", async () => {
    const input = colleague();
    const { admin, token } = await invite(input);
    await acceptInvitation({ token, newPassword: PASSWORD });
    const { id } = await openInvitationOf(input.email);

    expect(await withdrawInvitation(admin, id)).toEqual({ ok: false, formError: expect.stringContaining("already been accepted") });
    expect(await accountOf(input.email)).not.toBeNull();
    expect(await prisma.auditEvent.count({ where: { actorId: admin.id, action: "user.invitation-withdrawn" } })).toBe(0);
  });

  it.each(["EDITOR", "REVIEWER"] as const)("is refused to a %s, and the link keeps working", async (role) => {
    const input = colleague();
    const { token } = await invite(input);
    const { id } = await openInvitationOf(input.email);

    await expect(withdrawInvitation(await createTestUser(role), id)).rejects.toThrow(PermissionDenied);
    expect(await findOpenInvitation(token)).not.toBeNull();
  });

  it("tells an expired or used link from a withdrawn one", async () => {
    const input = colleague();
    const { token } = await invite(input);
    await prisma.invitation.updateMany({ where: { email: input.email }, data: { expiresAt: new Date(Date.now() - 1000) } });

    expect(await whyUnusable(token)).toContain("expired or has already been used");
  });
});
