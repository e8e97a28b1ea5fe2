import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import type { Role } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { authOptions, authorize, findSessionUser } from "@/lib/auth";
import { hashPassword } from "@/lib/password";
import { changePassword, changeRole, setDisabled } from "@/lib/user";

const PASSWORD = "correct horse battery";

async function makeUser(role: Role = "EDITOR") {
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@example.test`;
  const passwordHash = await hashPassword(PASSWORD);
  return prisma.user.create({ data: { email, name: email, passwordHash, role }, select: { id: true, email: true } });
}

// Signs in as next-auth does: authorize, then the jwt callback writes the cookie's token and
// the session callback reads it back for getCurrentUser.
async function signIn(email: string) {
  const user = await authorize({ email, password: PASSWORD });
  if (!user) throw new Error(`${email} could not sign in`);
  const token = await authOptions.callbacks!.jwt!({ token: { sub: user.id }, user, account: null } as never);
  const session = await authOptions.callbacks!.session!({ session: { user: {}, expires: "" }, token } as never);
  return { token, claims: session.user as { id?: string; sessionVersion?: number } };
}

const signOut = (token: Awaited<ReturnType<typeof signIn>>["token"]) => authOptions.events!.signOut!({ token, session: null as never });

describe("authorize", () => {
  // How long a refusal takes is lib/password.test.ts's to check.
  it("refuses a wrong password and an email with no account alike", async () => {
    const user = await makeUser();

    expect(await authorize({ email: user.email, password: "not the password" })).toBeNull();
    expect(await authorize({ email: `nobody-${randomUUID().slice(0, 8)}@example.test`, password: PASSWORD })).toBeNull();
    expect(await authorize({ email: user.email, password: PASSWORD })).toMatchObject({ id: user.id, sessionVersion: 0 });
  });
});

describe("sessions end", () => {
  it("on signing out, for every session the user has, and a new sign-in is honoured", async () => {
    const user = await makeUser();
    const [laptop, phone] = [await signIn(user.email), await signIn(user.email)];
    expect(await findSessionUser(laptop.claims)).toMatchObject({ id: user.id });

    await signOut(laptop.token);

    expect(await findSessionUser(laptop.claims)).toBeNull();
    expect(await findSessionUser(phone.claims)).toBeNull();
    expect(await findSessionUser((await signIn(user.email)).claims)).toMatchObject({ id: user.id });
  });

  it("not when a cookie that has already ended signs out: a later session goes on", async () => {
    const user = await makeUser();
    const stolen = await signIn(user.email);
    await signOut((await signIn(user.email)).token);
    const current = await signIn(user.email);

    await signOut(stolen.token);

    expect(await findSessionUser(current.claims)).toMatchObject({ id: user.id });
    expect(await prisma.auditEvent.count({ where: { actorId: user.id, action: "sign-out" } })).toBe(1);
  });

  const changes = {
    "a role change": (admin, userId) => changeRole(admin, userId, "REVIEWER"),
    "a password change": (admin, userId) => changePassword(admin, userId, "another long passphrase"),
    "disabling, even once re-enabled": async (admin, userId) => {
      await setDisabled(admin, userId, true);
      await setDisabled(admin, userId, false);
    },
  } satisfies Record<string, (admin: { id: string; role: Role }, userId: string) => Promise<unknown>>;

  it.each(Object.entries(changes))("on %s by an admin", async (_, change) => {
    const admin = { ...(await makeUser("ADMIN")), role: "ADMIN" as const };
    const user = await makeUser();
    const session = await signIn(user.email);

    await change(admin, user.id);

    expect(await findSessionUser(session.claims)).toBeNull();
  });

  it("for a cookie issued before sessions had versions too, which counts as the first", async () => {
    const user = await makeUser();
    const unversioned = { id: user.id };
    expect(await findSessionUser(unversioned)).toMatchObject({ id: user.id });

    await changeRole({ ...(await makeUser("ADMIN")), role: "ADMIN" }, user.id, "REVIEWER");

    expect(await findSessionUser(unversioned)).toBeNull();
  });
});
