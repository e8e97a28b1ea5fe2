import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChangeOperation, RecordType } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { can, type Actor } from "@/lib/permissions";

export type ProposedItem = {
  recordType: RecordType;
  operation: ChangeOperation;
  recordId?: string;
  ref?: string;
  baseVersion?: number;
  payload: Prisma.InputJsonValue;
};

export class PermissionDenied extends Error {}

// Every create, edit, merge or delete is proposed here and nowhere else: record tables
// are only written when a reviewer approves (DESIGN.md, principle 6).
export async function submitChange(actor: Actor, title: string, items: ProposedItem[]) {
  if (!can(actor, "change:propose")) throw new PermissionDenied("You may not propose changes");
  return prisma.$transaction(async (tx) => {
    const change = await tx.changeRequest.create({
      data: {
        title,
        authorId: actor.id,
        status: "SUBMITTED",
        submittedAt: new Date(),
        items: { create: items.map((item, sequence) => ({ ...item, sequence })) },
      },
      select: { id: true },
    });
    await recordAudit({ actorId: actor.id, action: "change.submitted", targetId: change.id, detail: { title } }, tx);
    return change;
  });
}

export async function listMyChanges(actor: Actor) {
  return prisma.changeRequest.findMany({
    where: { authorId: actor.id },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      status: true,
      createdAt: true,
      submittedAt: true,
      decidedAt: true,
      items: { select: { recordType: true, operation: true }, orderBy: { sequence: "asc" } },
    },
  });
}
