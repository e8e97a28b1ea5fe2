import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RecordType } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";

export type AuditAction =
  | "sign-in"
  | "sign-in-failed"
  | "sign-in-locked"
  | "sign-out"
  | "change.created"
  | "change.submitted"
  | "change.returned"
  | "change.approved"
  | "change.withdrawn"
  | "revision.restored"
  | "user.invited"
  | "user.invitation-withdrawn"
  | "user.created"
  | "user.role-changed"
  | "user.password-changed"
  | "user.disabled"
  | "user.enabled";

type AuditEntry = {
  actorId: string | null;
  action: AuditAction;
  targetType?: RecordType;
  targetId?: string;
  detail?: Prisma.InputJsonValue;
};

type Db = Pick<Prisma.TransactionClient, "auditEvent">;

// Append-only (the table has triggers refusing UPDATE, DELETE and REPLACE). Pass the transaction
// client when the audited change is transactional, so both commit or neither does.
export async function recordAudit(entry: AuditEntry, db: Db = prisma) {
  await db.auditEvent.create({ data: entry });
}
