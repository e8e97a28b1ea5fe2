import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/password";
import { sendInvitation, type Delivery } from "@/lib/mail";
import { assertCanManageUsers, DUPLICATE_EMAIL, isUniqueViolation } from "@/lib/user";
import type { Actor } from "@/lib/permissions";
import type { ActionResult } from "@/lib/action-result";
import type { InvitationInput } from "@/lib/user-schema";

const DAYS_VALID = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

const UNUSABLE_LINK = "This invitation link has expired or has already been used. Ask an admin to invite you again.";
const WITHDRAWN_LINK = "This invitation was withdrawn. Ask an admin to invite you again.";
const NOT_OPEN = "This invitation has already been accepted, withdrawn or has expired.";
const ACCOUNT_EXISTS = "An account with this email already exists: sign in with it, or ask an admin for help.";

// Only the token's hash is stored, so a copy of the database opens no account. The token
// is found by its hash: a guess is compared with hashes it cannot steer, so the lookup's
// timing tells nothing about any real token (and 32 random bytes are beyond guessing).
const hashOf = (token: string) => createHash("sha256").update(token).digest("base64url");

function invitationLink(token: string) {
  return new URL(`/invite/${token}`, process.env.NEXTAUTH_URL ?? "http://localhost:3000").href;
}

// A new invitation to the same address replaces any earlier one still open, so only the
// latest link (and role) can be used.
export async function inviteColleague(actor: Actor, input: InvitationInput): Promise<ActionResult<Delivery>> {
  assertCanManageUsers(actor);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + DAYS_VALID * DAY_MS);
  const isInvited = await prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) return false;
    await tx.invitation.deleteMany({ where: { email: input.email, usedAt: null } });
    const data = { email: input.email, name: input.name, role: input.role, tokenHash: hashOf(token), invitedById: actor.id, expiresAt };
    await tx.invitation.create({ data });
    const detail = { email: input.email, role: input.role };
    await recordAudit({ actorId: actor.id, action: "user.invited", detail }, tx);
    return true;
  });
  if (!isInvited) return { ok: false, fieldErrors: { email: DUPLICATE_EMAIL } };
  return { ok: true, data: await sendInvitation(input.email, invitationLink(token)) };
}

// Open: neither used nor withdrawn, and not yet expired.
const openNow = () => ({ usedAt: null, withdrawnAt: null, expiresAt: { gt: new Date() } });

export async function listOpenInvitations(actor: Actor) {
  assertCanManageUsers(actor);
  return prisma.invitation.findMany({
    where: openNow(),
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, name: true, role: true, expiresAt: true, invitedBy: { select: { name: true } } },
  });
}

// What the invitation page shows its holder; null for a link that cannot be used.
export async function findOpenInvitation(token: string) {
  return prisma.invitation.findFirst({
    where: { tokenHash: hashOf(token), ...openNow() },
    select: { email: true, name: true, role: true },
  });
}

// Why a link cannot be used, for the invitation page: a withdrawn one says so, so the
// colleague knows to ask rather than wait; anything else is "expired or used".
export async function whyUnusable(token: string): Promise<string> {
  const withdrawn = await prisma.invitation.count({ where: { tokenHash: hashOf(token), usedAt: null, withdrawnAt: { not: null } } });
  return withdrawn > 0 ? WITHDRAWN_LINK : UNUSABLE_LINK;
}

// An admin takes back an invitation not yet accepted: its link stops working at once. The
// update only matches an open invitation, so one accepted meanwhile is left alone.
export async function withdrawInvitation(actor: Actor, invitationId: string): Promise<ActionResult> {
  assertCanManageUsers(actor);
  return prisma.$transaction(async (tx): Promise<ActionResult> => {
    const invitation = await tx.invitation.findFirst({ where: { id: invitationId, ...openNow() }, select: { email: true, role: true } });
    if (!invitation) return { ok: false, formError: NOT_OPEN };
    const { count } = await tx.invitation.updateMany({ where: { id: invitationId, ...openNow() }, data: { withdrawnAt: new Date() } });
    if (count === 0) return { ok: false, formError: NOT_OPEN };
    await recordAudit({ actorId: actor.id, action: "user.invitation-withdrawn", detail: invitation }, tx);
    return { ok: true };
  });
}

type Acceptance = { token: string; newPassword: string };

// The colleague's account is made only now, with the password they chose. Marking the
// invitation used and creating the account commit together, and only while it is unused
// and unexpired, so a link opens one account once.
export async function acceptInvitation({ token, newPassword }: Acceptance): Promise<ActionResult> {
  const invitation = await findOpenInvitation(token);
  if (!invitation) return { ok: false, formError: await whyUnusable(token) };
  // Hashed before the transaction: argon2 takes a while and SQLite has one writer.
  const passwordHash = await hashPassword(newPassword);
  try {
    const accepted = await prisma.$transaction(async (tx) => {
      const now = new Date();
      const where = { tokenHash: hashOf(token), usedAt: null, withdrawnAt: null, expiresAt: { gt: now } };
      const { count } = await tx.invitation.updateMany({ where, data: { usedAt: now } });
      if (count === 0) return false;
      const { email, name, role } = invitation;
      const user = await tx.user.create({ data: { email, name, role, passwordHash }, select: { id: true } });
      const detail = { email, role, via: "invitation" };
      await recordAudit({ actorId: user.id, action: "user.created", targetType: "USER", targetId: user.id, detail }, tx);
      return true;
    });
    // Used, withdrawn or expired since it was read above.
    return accepted ? { ok: true } : { ok: false, formError: await whyUnusable(token) };
  } catch (error) {
    // Someone made an account for this address after the invitation was sent.
    if (isUniqueViolation(error)) return { ok: false, formError: ACCOUNT_EXISTS };
    throw error;
  }
}
