import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { AuditAction } from "@/lib/audit";
import { can, PermissionDenied, type Actor } from "@/lib/permissions";

export const AUDIT_PAGE_SIZE = 50;

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
  page: z.coerce.number().int().min(1).catch(1),
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

function whereFrom({ action, actor, from, to }: AuditFilters): Prisma.AuditEventWhereInput {
  return {
    action,
    actor: actor ? { email: { contains: actor } } : undefined,
    at: from || to ? { gte: from && startOfUtcDay(from), lt: to && startOfUtcDay(to, 1) } : undefined,
  };
}

async function emailsOfUsers(ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const users = await prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true } });
  return new Map(users.map((user) => [user.id, user.email]));
}

export async function listAuditEvents(actor: Actor, filters: AuditFilters) {
  if (!can(actor, "audit:view")) throw new PermissionDenied("Only admins may read the audit log");
  const where = whereFrom(filters);
  const [events, total] = await prisma.$transaction([
    prisma.auditEvent.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        at: true,
        action: true,
        targetType: true,
        targetId: true,
        detail: true,
        actor: { select: { name: true, email: true } },
      },
    }),
    prisma.auditEvent.count({ where }),
  ]);
  // Targets are not a relation (they point at any table); USER targets are looked up at once.
  const userIds = events.flatMap((event) => (event.targetType === "USER" && event.targetId ? [event.targetId] : []));
  const emails = await emailsOfUsers(userIds);
  return {
    events: events.map((event) => ({ ...event, targetEmail: emails.get(event.targetId ?? "") })),
    total,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
  };
}

export type AuditPage = Awaited<ReturnType<typeof listAuditEvents>>;
