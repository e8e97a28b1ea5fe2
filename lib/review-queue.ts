import "server-only";
import type { RecordType } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { can, type Actor } from "@/lib/permissions";

export type QueueFilter = { recordType?: RecordType; authorId?: string };

// Submitted changes, oldest first: the order reviewers work through them.
export async function listReviewQueue(actor: Actor, filter: QueueFilter = {}) {
  if (!can(actor, "change:review")) return [];
  return prisma.changeRequest.findMany({
    where: {
      status: "SUBMITTED",
      authorId: filter.authorId,
      items: filter.recordType ? { some: { recordType: filter.recordType } } : undefined,
    },
    orderBy: { submittedAt: "asc" },
    select: {
      id: true,
      title: true,
      submittedAt: true,
      author: { select: { id: true, name: true } },
      items: { select: { recordType: true, operation: true }, orderBy: { sequence: "asc" } },
    },
  });
}

export async function listQueueAuthors() {
  return prisma.user.findMany({
    where: { changeRequests: { some: { status: "SUBMITTED" } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

export async function countAwaitingReview(actor: Actor) {
  if (!can(actor, "change:review")) return 0;
  return prisma.changeRequest.count({ where: { status: "SUBMITTED", authorId: { not: actor.id } } });
}
