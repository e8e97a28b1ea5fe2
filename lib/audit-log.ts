import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RecordType } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";
import type { AuditAction } from "@/lib/audit";
import { can, PermissionDenied, type Actor } from "@/lib/permissions";
import { recordTitle, RECORD_TYPE_LABELS } from "@/lib/claim-pages";
import { auditDetailOf, describeAuditDetail, type DetailLine } from "@/lib/audit-detail";
import { keysetQuery, pageOf, type PageRequest } from "@/lib/keyset";

// A Record, so adding an action to AuditAction without a label here fails to compile.
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  "sign-in": "Signed in",
  "sign-in-failed": "Sign-in failed",
  "sign-in-locked": "Sign-in locked",
  "sign-out": "Signed out",
  "change.created": "Change drafted",
  "change.submitted": "Change submitted",
  "change.returned": "Change returned",
  "change.approved": "Change approved",
  "change.withdrawn": "Change withdrawn",
  "revision.restored": "Revision restored",
  "user.invited": "Colleague invited",
  "user.invitation-withdrawn": "Invitation withdrawn",
  "user.created": "User created",
  "user.role-changed": "Role changed",
  "user.password-changed": "Password changed",
  "user.disabled": "User disabled",
  "user.enabled": "User re-enabled",
};

// Search parameters come from a GET form or a hand-edited URL: anything unusable is
// dropped rather than refused, so the page always renders.
const auditFiltersSchema = z.object({
  action: z.string().trim().min(1).max(60).optional().catch(undefined),
  actor: z.string().trim().toLowerCase().min(1).max(254).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
});

export type AuditFilters = z.infer<typeof auditFiltersSchema>;

export function parseAuditFilters(searchParams: Record<string, string | string[] | undefined>): AuditFilters {
  return auditFiltersSchema.parse(searchParams);
}

// Dates are whole UTC days, both ends included.
function startOfUtcDay(day: string, offsetDays = 0) {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + offsetDays);
  return date;
}

// The actors are found first (there are few users), then their events through the
// (actorId, at) index: joining the user would test the actor of every event in the log.
async function whereFrom({ action, actor, from, to }: AuditFilters): Promise<Prisma.AuditEventWhereInput> {
  const actors = actor ? await prisma.user.findMany({ where: { email: { contains: actor } }, select: { id: true } }) : null;
  return {
    action,
    actorId: actors ? { in: actors.map((user) => user.id) } : undefined,
    at: from || to ? { gte: from && startOfUtcDay(from), lt: to && startOfUtcDay(to, 1) } : undefined,
  };
}

type EventRow = { targetType: RecordType | null; targetId: string | null; detail: unknown };

// What an event is about, by name: a user, a change (which the review page shows as its
// reviewer saw it) or a record.
export type AuditTarget = { kind: string; name: string; note?: string; href?: string };

const changeHref = (id: string) => `/admin/review/${id}`;

function changeIdsOf(events: (EventRow & { details: DetailLine[] })[]) {
  const targeted = events.flatMap((event) => (event.targetType === "CHANGE_REQUEST" && event.targetId ? [event.targetId] : []));
  return [...targeted, ...events.flatMap((event) => event.details.flatMap((line) => (line.changeId ? [line.changeId] : [])))];
}

// Targets are not a relation (they point at any table): users and changes are looked up in
// one query each, the few other records (a restored revision's) one by one.
async function nameTargets(events: (EventRow & { details: DetailLine[] })[]) {
  const userIds = events.flatMap((event) => (event.targetType === "USER" && event.targetId ? [event.targetId] : []));
  const [users, changes] = await Promise.all([
    prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } }),
    prisma.changeRequest.findMany({ where: { id: { in: changeIdsOf(events) } }, select: { id: true, title: true } }),
  ]);
  const names = new Map<string, AuditTarget>([
    ...users.map((user) => [`USER:${user.id}`, { kind: "User", name: user.name, note: user.email }] as const),
    ...changes.map(
      (change) => [`CHANGE_REQUEST:${change.id}`, { kind: "Change", name: change.title, href: changeHref(change.id) }] as const,
    ),
  ]);
  for (const { targetType, targetId } of events) {
    const key = `${targetType}:${targetId}`;
    const isLookedUp = targetType === "USER" || targetType === "CHANGE_REQUEST";
    if (!targetType || !targetId || isLookedUp || names.has(key)) continue;
    const title = await recordTitle(prisma, targetType, targetId);
    names.set(key, {
      kind: RECORD_TYPE_LABELS[targetType],
      name: title ?? `a ${RECORD_TYPE_LABELS[targetType].toLowerCase()} no longer found`,
    });
  }
  return names;
}

function targetOf(event: EventRow, names: Map<string, AuditTarget>): AuditTarget | null {
  if (!event.targetType || !event.targetId) return null;
  const named = names.get(`${event.targetType}:${event.targetId}`);
  if (named) return named;
  // A change or user no longer found: the title or email the event recorded, if any.
  const recorded = auditDetailOf(event.detail);
  return { kind: RECORD_TYPE_LABELS[event.targetType], name: recorded.title ?? recorded.email ?? "no longer found" };
}

// Each event with its actor, its target and its detail in words: people and records by
// name, never by id or JSON. Newest first, a page at a time: a keyset on (at, id), not a
// page number, so the thousandth page reads no more rows than the first.
export async function listAuditEvents(actor: Actor, filters: AuditFilters, request: PageRequest = null) {
  if (!can(actor, "audit:view")) throw new PermissionDenied("Only admins may read the audit log");
  const page = keysetQuery("at", request, (text) => new Date(text), "desc");
  const rows = await prisma.auditEvent.findMany({
    where: { AND: [await whereFrom(filters), page.where] },
    orderBy: page.orderBy,
    take: page.take,
    select: {
      id: true,
      at: true,
      action: true,
      targetType: true,
      targetId: true,
      detail: true,
      actor: { select: { name: true, email: true } },
    },
  });
  const { rows: events, previous, next } = pageOf(rows, request, (row) => [row.at.toISOString(), row.id]);
  const described = events.map((row) => ({ ...row, details: describeAuditDetail(row.detail) }));
  const names = await nameTargets(described);
  return {
    events: described.map(({ id, at, action, actor, details, ...event }) => ({
      id,
      at,
      action,
      actionLabel: (AUDIT_ACTION_LABELS as Record<string, string>)[action] ?? action,
      actor,
      target: targetOf(event, names),
      details: details.map((line) => (line.changeId ? { ...line, ...linkedChange(line.changeId, names) } : line)),
    })),
    previous,
    next,
  };
}

function linkedChange(changeId: string, names: Map<string, AuditTarget>) {
  const change = names.get(`CHANGE_REQUEST:${changeId}`);
  return change ? { text: change.name, href: change.href } : {};
}

export type AuditPage = Awaited<ReturnType<typeof listAuditEvents>>;
