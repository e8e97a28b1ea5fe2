import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { PermissionDenied } from "@/lib/permissions";
import { hashPassword, verifyPassword } from "@/lib/password";
import { changeOwnPassword, changePassword, changeRole, createAdminAccount, createUser, listUsers, setDisabled } from "@/lib/user";
import { passwordChangeSchema, type NewUserInput } from "@/lib/user-schema";
import { signInAttempt, startSignInAttempt } from "@/lib/login-throttle";

// The rule is about the whole table, so this sets the table up: one active admin, no other.
async function makeOnlyActiveAdmin() {
  const admin = await createTestUser("ADMIN");
  await prisma.user.updateMany({ where: { role: "ADMIN", id: { not: admin.id } }, data: { disabledAt: new Date() } });
  return admin;
}

// Each test guesses from its own address, so no test's failures lock out another's.
const someAddress = () => new Headers({ "x-forwarded-for": `10.0.${randomUUID().slice(0, 4)}` });

const newUser = (): NewUserInput => ({
  name: "New Person",
  email: `new-${randomUUID().slice(0, 8)}@test`,
  role: "EDITOR",
  password: "correct horse battery",
});

const auditOf = (targetId: string) =>
  prisma.auditEvent.findMany({
    where: { targetId },
    orderBy: { at: "asc" },
    select: { action: true, actorId: true, targetType: true, detail: true },
  });

describe("only admins manage users", () => {
  it.each(["EDITOR", "REVIEWER"] as const)("refuses a %s and stores nothing", async (role) => {
    const actor = await createTestUser(role);
    const target = await createTestUser("EDITOR");
    const input = newUser();

    await expect(listUsers(actor)).rejects.toThrow(PermissionDenied);
    await expect(createUser(actor, input)).rejects.toThrow(PermissionDenied);
    await expect(changeRole(actor, target.id, "ADMIN")).rejects.toThrow(PermissionDenied);
    await expect(setDisabled(actor, target.id, true)).rejects.toThrow(PermissionDenied);
    await expect(changePassword(actor, target.id, "a new long passphrase")).rejects.toThrow(PermissionDenied);

    expect(await prisma.user.count({ where: { email: input.email } })).toBe(0);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      role: "EDITOR",
      disabledAt: null,
      passwordHash: "x",
      sessionVersion: 0,
    });
    expect(await prisma.auditEvent.count({ where: { actorId: actor.id } })).toBe(0);
  });
});

describe("createUser", () => {
  it("stores the user with a hashed password and audits it", async () => {
    const admin = await createTestUser("ADMIN");
    const input = newUser();

    const result = await createUser(admin, { ...input, role: "REVIEWER" });

    expect(result).toEqual({ ok: true, data: { id: expect.any(String) } });
    const id = result.ok ? result.data!.id : "";
    const user = await prisma.user.findUniqueOrThrow({ where: { id } });
    expect(user).toMatchObject({ email: input.email, name: input.name, role: "REVIEWER", disabledAt: null });
    expect(user.passwordHash).not.toContain(input.password);
    expect(await verifyPassword(user.passwordHash, input.password)).toBe(true);
    expect(await auditOf(id)).toEqual([
      { action: "user.created", actorId: admin.id, targetType: "USER", detail: { email: input.email, role: "REVIEWER" } },
    ]);
  });

  it("refuses an email that is already taken, at the email field", async () => {
    const admin = await createTestUser("ADMIN");
    const input = newUser();
    await createUser(admin, input);

    const result = await createUser(admin, { ...input, name: "Someone Else" });

    expect(result).toEqual({ ok: false, fieldErrors: { email: "A user with this email already exists" } });
    expect(await prisma.user.count({ where: { email: input.email } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: "user.created", actorId: admin.id } })).toBe(1);
  });
});

describe("changeRole and setDisabled", () => {
  it("change the user and audit each change", async () => {
    const admin = await createTestUser("ADMIN");
    const user = await createTestUser("EDITOR");

    expect(await changeRole(admin, user.id, "REVIEWER")).toEqual({ ok: true });
    expect(await setDisabled(admin, user.id, true)).toEqual({ ok: true });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      role: "REVIEWER",
      disabledAt: expect.any(Date),
    });
    expect(await setDisabled(admin, user.id, false)).toEqual({ ok: true });

    // The role change and the disabling each ended the user's sessions; re-enabling revives none.
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ disabledAt: null, sessionVersion: 2 });
    expect(await auditOf(user.id)).toEqual([
      { action: "user.role-changed", actorId: admin.id, targetType: "USER", detail: { from: "EDITOR", to: "REVIEWER" } },
      { action: "user.disabled", actorId: admin.id, targetType: "USER", detail: null },
      { action: "user.enabled", actorId: admin.id, targetType: "USER", detail: null },
    ]);
  });

  it("write nothing when nothing changes", async () => {
    const admin = await createTestUser("ADMIN");
    const user = await createTestUser("EDITOR");

    expect(await changeRole(admin, user.id, "EDITOR")).toEqual({ ok: true });
    expect(await setDisabled(admin, user.id, false)).toEqual({ ok: true });

    expect(await auditOf(user.id)).toEqual([]);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ sessionVersion: 0 });
  });

  it("report a user that does not exist", async () => {
    const admin = await createTestUser("ADMIN");
    expect(await changeRole(admin, "missing", "ADMIN")).toEqual({ ok: false, formError: expect.any(String) });
    expect(await setDisabled(admin, "missing", true)).toEqual({ ok: false, formError: expect.any(String) });
  });
});

describe("changePassword", () => {
  it("stores the new password hashed, audits it and ends the user's sessions", async () => {
    const admin = await createTestUser("ADMIN");
    const user = await createTestUser("EDITOR");

    expect(await changePassword(admin, user.id, "a new long passphrase")).toEqual({ ok: true });

    const changed = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(changed.passwordHash, "a new long passphrase")).toBe(true);
    expect(changed.sessionVersion).toBe(1);
    expect(await auditOf(user.id)).toEqual([{ action: "user.password-changed", actorId: admin.id, targetType: "USER", detail: null }]);
  });

  it("reports a user that does not exist", async () => {
    const admin = await createTestUser("ADMIN");
    expect(await changePassword(admin, "missing", "a new long passphrase")).toEqual({ ok: false, formError: expect.any(String) });
  });
});

describe("the last active admin", () => {
  it("cannot disable or demote themselves", async () => {
    const admin = await makeOnlyActiveAdmin();

    const disabling = await setDisabled(admin, admin.id, true);
    const demoting = await changeRole(admin, admin.id, "EDITOR");

    const refusal = { ok: false, formError: expect.stringContaining("without an active admin") };
    expect(disabling).toEqual(refusal);
    expect(demoting).toEqual(refusal);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "ADMIN", disabledAt: null });
    expect(await auditOf(admin.id)).toEqual([]);
  });

  it("can step down once another admin is active, who then becomes the last", async () => {
    const admin = await makeOnlyActiveAdmin();
    const other = await createTestUser("ADMIN");

    expect(await changeRole(admin, admin.id, "REVIEWER")).toEqual({ ok: true });
    expect(await setDisabled(other, other.id, true)).toEqual({ ok: false, formError: expect.any(String) });
    expect(await changeRole(other, admin.id, "ADMIN")).toEqual({ ok: true });
    expect(await setDisabled(admin, admin.id, true)).toEqual({ ok: true });

    expect(await prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "ADMIN", disabledAt: expect.any(Date) });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ role: "ADMIN", disabledAt: null });
  });

  it("does not count a disabled admin, who may be demoted freely", async () => {
    const admin = await makeOnlyActiveAdmin();
    const disabled = await createTestUser("ADMIN");
    await prisma.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });

    expect(await setDisabled(admin, admin.id, true)).toEqual({ ok: false, formError: expect.any(String) });
    expect(await changeRole(admin, disabled.id, "EDITOR")).toEqual({ ok: true });
  });
});

describe("the first admin of a real installation", () => {
  it("is created from the console with the given credentials, and audited as such", async () => {
    const email = `first-admin-${randomUUID().slice(0, 8)}@test`;
    const result = await createAdminAccount({ name: "First Admin", email, password: "a long enough passphrase" });
    expect(result.ok).toBe(true);
    const admin = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(admin).toMatchObject({ role: "ADMIN", name: "First Admin", disabledAt: null });
    expect(await verifyPassword(admin.passwordHash, "a long enough passphrase")).toBe(true);
    expect(await auditOf(admin.id)).toEqual([
      { action: "user.created", actorId: null, targetType: "USER", detail: { email, role: "ADMIN", via: "console" } },
    ]);
    expect(await createAdminAccount({ name: "Again", email, password: "another passphrase" })).toEqual({
      ok: false,
      fieldErrors: { email: expect.any(String) },
    });
  });
});

describe("changeOwnPassword", () => {
  const change = (currentPassword: string, newPassword = "a brand new passphrase") => ({
    currentPassword,
    newPassword,
    confirmPassword: newPassword,
  });

  it("takes the current password as proof, sets the new one and ends every session", async () => {
    const user = await prisma.user.create({
      data: {
        email: `own-${randomUUID().slice(0, 8)}@test`,
        name: "Own",
        passwordHash: await hashPassword("the old passphrase"),
        role: "EDITOR",
      },
    });
    expect(await changeOwnPassword(user, change("not the old one"), someAddress())).toEqual({
      ok: false,
      fieldErrors: { currentPassword: "This is not your current password" },
    });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(user.sessionVersion);
    expect(await changeOwnPassword(user, change("the old passphrase"), someAddress())).toEqual({ ok: true });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(after.passwordHash, "a brand new passphrase")).toBe(true);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect((await auditOf(user.id)).map((event) => event.action)).toEqual(["user.password-changed"]);
  });

  it("is refused, as the sign-in form is, from the sixth wrong current password within a minute, even the right one then", async () => {
    const user = await prisma.user.create({
      data: { email: `guessed-${randomUUID().slice(0, 8)}@test`, name: "Guessed", passwordHash: await hashPassword("the real passphrase") },
    });
    const from = someAddress();
    for (let guess = 1; guess <= 5; guess++)
      expect(await changeOwnPassword(user, change(`guess ${guess}`), from)).toEqual({
        ok: false,
        fieldErrors: { currentPassword: "This is not your current password" },
      });

    expect(await changeOwnPassword(user, change("the real passphrase"), from)).toEqual({
      ok: false,
      fieldErrors: { currentPassword: "Too many attempts. Try again in 15 minutes." },
    });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(after.passwordHash, "the real passphrase")).toBe(true);
    expect(await startSignInAttempt(signInAttempt(user.email, from))).toEqual({ retryAfterSeconds: 15 * 60 });
  });

  it("forgives the typos before a right current password, as signing in does", async () => {
    const user = await prisma.user.create({
      data: { email: `typo-${randomUUID().slice(0, 8)}@test`, name: "Typo", passwordHash: await hashPassword("the real passphrase") },
    });
    const from = someAddress();
    for (let guess = 1; guess <= 4; guess++) await changeOwnPassword(user, change(`typo ${guess}`), from);

    expect(await changeOwnPassword(user, change("the real passphrase"), from)).toEqual({ ok: true });
    for (let attempt = 1; attempt <= 5; attempt++) expect(await startSignInAttempt(signInAttempt(user.email, from))).toBeNull();
  });

  it("is refused at the field when the two new passwords differ", () => {
    const parsed = passwordChangeSchema.safeParse({ ...change("old"), confirmPassword: "something else entirely" });
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual(["confirmPassword"]);
  });
});
