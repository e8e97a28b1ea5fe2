import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { hashPassword, verifyPassword } from "@/lib/password";
import { forgiveSignInAttempt, signInAttempt, startSignInAttempt } from "@/lib/login-throttle";
import { lockoutMessage } from "@/lib/sign-in-schema";
import { can, PermissionDenied, type Actor } from "@/lib/permissions";
import type { ActionResult } from "@/lib/action-result";
import type { NewUserInput, PasswordChangeInput } from "@/lib/user-schema";

export const DUPLICATE_EMAIL = "A user with this email already exists";
const MISSING_USER = "That user no longer exists.";
const LAST_ADMIN = "That would leave Amity without an active admin. Make someone else an admin first.";

// Refuses every session cookie issued before (lib/auth.ts compares the version on each
// request): a changed role or password, or a disabled account, takes effect at once everywhere.
const END_SESSIONS = { sessionVersion: { increment: 1 } };

type Tx = Prisma.TransactionClient;
type ManagedUser = { role: Role; disabledAt: Date | null };

export function assertCanManageUsers(actor: Actor) {
  if (!can(actor, "users:manage")) throw new PermissionDenied("Only admins may manage users");
}

export async function listUsers(actor: Actor) {
  assertCanManageUsers(actor);
  return prisma.user.findMany({
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: { id: true, name: true, email: true, role: true, disabledAt: true, createdAt: true },
  });
}

// Called inside the transaction that demotes or disables `user`: SQLite lets one writer
// commit at a time, and a transaction whose read went stale fails instead of committing,
// so two admins cannot each remove the other.
async function isLastActiveAdmin(tx: Tx, userId: string, user: ManagedUser) {
  if (user.role !== "ADMIN" || user.disabledAt) return false;
  const others = await tx.user.count({ where: { role: "ADMIN", disabledAt: null, id: { not: userId } } });
  return others === 0;
}

export function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function createUser(actor: Actor, input: NewUserInput): Promise<ActionResult<{ id: string }>> {
  assertCanManageUsers(actor);
  // Hashed before the transaction: argon2 takes a while and SQLite has one writer.
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await prisma.$transaction(async (tx) => {
      const data = { name: input.name, email: input.email, role: input.role, passwordHash };
      const created = await tx.user.create({ data, select: { id: true } });
      const detail = { email: input.email, role: input.role };
      await recordAudit({ actorId: actor.id, action: "user.created", targetType: "USER", targetId: created.id, detail }, tx);
      return created;
    });
    return { ok: true, data: user };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { email: DUPLICATE_EMAIL } };
    throw error;
  }
}

// An admin created from the server's console (`npm run admin:create`): the way a fresh
// installation gets its first account, since outside the demo none is seeded.
export async function createAdminAccount(input: Omit<NewUserInput, "role">): Promise<ActionResult<{ id: string }>> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await prisma.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { name: input.name, email: input.email, role: "ADMIN", passwordHash },
        select: { id: true },
      });
      const detail = { email: input.email, role: "ADMIN", via: "console" };
      await recordAudit({ actorId: null, action: "user.created", targetType: "USER", targetId: created.id, detail }, tx);
      return created;
    });
    return { ok: true, data: user };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { email: DUPLICATE_EMAIL } };
    throw error;
  }
}

export async function changeRole(actor: Actor, userId: string, role: Role): Promise<ActionResult> {
  assertCanManageUsers(actor);
  return prisma.$transaction(async (tx): Promise<ActionResult> => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, disabledAt: true } });
    if (!user) return { ok: false, formError: MISSING_USER };
    if (user.role === role) return { ok: true };
    if (await isLastActiveAdmin(tx, userId, user)) return { ok: false, formError: LAST_ADMIN };
    await tx.user.update({ where: { id: userId }, data: { role, ...END_SESSIONS } });
    const detail = { from: user.role, to: role };
    await recordAudit({ actorId: actor.id, action: "user.role-changed", targetType: "USER", targetId: userId, detail }, tx);
    return { ok: true };
  });
}

// Disabling ends the user's sessions: re-enabling later does not bring them back.
export async function setDisabled(actor: Actor, userId: string, disabled: boolean): Promise<ActionResult> {
  assertCanManageUsers(actor);
  return prisma.$transaction(async (tx): Promise<ActionResult> => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, disabledAt: true } });
    if (!user) return { ok: false, formError: MISSING_USER };
    if (!!user.disabledAt === disabled) return { ok: true };
    if (disabled && (await isLastActiveAdmin(tx, userId, user))) return { ok: false, formError: LAST_ADMIN };
    const data = disabled ? { disabledAt: new Date(), ...END_SESSIONS } : { disabledAt: null };
    await tx.user.update({ where: { id: userId }, data });
    const action = disabled ? "user.disabled" : "user.enabled";
    await recordAudit({ actorId: actor.id, action, targetType: "USER", targetId: userId }, tx);
    return { ok: true };
  });
}

// Someone who may have learnt the old password loses their session with it.
export async function changePassword(actor: Actor, userId: string, password: string): Promise<ActionResult> {
  assertCanManageUsers(actor);
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx): Promise<ActionResult> => {
    const { count } = await tx.user.updateMany({ where: { id: userId }, data: { passwordHash, ...END_SESSIONS } });
    if (count === 0) return { ok: false, formError: MISSING_USER };
    await recordAudit({ actorId: actor.id, action: "user.password-changed", targetType: "USER", targetId: userId }, tx);
    return { ok: true };
  });
}

const WRONG_PASSWORD = "This is not your current password";

// A user changes their own password, proving it with the current one. Every session ends,
// this one too: whoever may have learnt the old password is signed out with it. Wrong
// current passwords count with the sign-in form's failures for this account and address
// (lib/login-throttle.ts), so that a stolen session guesses no faster here than there.
export async function changeOwnPassword(
  actor: Actor,
  { currentPassword, newPassword }: PasswordChangeInput,
  from: Headers,
): Promise<ActionResult> {
  const user = await prisma.user.findUnique({ where: { id: actor.id }, select: { email: true, passwordHash: true } });
  if (!user) return { ok: false, fieldErrors: { currentPassword: WRONG_PASSWORD } };
  const attempt = signInAttempt(user.email, from);
  const lockout = await startSignInAttempt(attempt);
  if (lockout) return { ok: false, fieldErrors: { currentPassword: lockoutMessage(lockout.retryAfterSeconds) } };
  if (!(await verifyPassword(user.passwordHash, currentPassword))) return { ok: false, fieldErrors: { currentPassword: WRONG_PASSWORD } };
  await forgiveSignInAttempt(attempt);
  const passwordHash = await hashPassword(newPassword);
  return prisma.$transaction(async (tx): Promise<ActionResult> => {
    // Only if the password is still the one just checked: two changes at once cannot both win.
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, passwordHash: user.passwordHash },
      data: { passwordHash, ...END_SESSIONS },
    });
    if (count === 0) return { ok: false, formError: "Your password was changed meanwhile; sign in again." };
    await recordAudit({ actorId: actor.id, action: "user.password-changed", targetType: "USER", targetId: actor.id }, tx);
    return { ok: true };
  });
}
