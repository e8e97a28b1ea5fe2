import "server-only";
import type { ChangeItemStatus, ChangeStatus, RecordType } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { can, type Actor } from "@/lib/permissions";
import { keysetQuery, pageOf, type PageRequest } from "@/lib/keyset";

export type QueueFilter = { recordType?: RecordType; authorId?: string };

type QueuedItem = { recordType: RecordType; recordId: string | null; baseVersion: number | null; status: ChangeItemStatus };

// The records of pending items that have a version newer than the one they were prepared
// on. One query for the whole queue: every version since review began has a Revision, so
// the latest revision's version is the record's (a removal leaves one too).
async function outOfDateRecords(items: QueuedItem[]): Promise<Set<string>> {
  const pending = items.flatMap(({ status, recordType, recordId, baseVersion }) =>
    status === "PENDING" && recordId && baseVersion !== null ? [{ key: `${recordType}:${recordId}`, recordId, baseVersion }] : [],
  );
  if (pending.length === 0) return new Set();
  const latest = await prisma.revision.groupBy({
    by: ["recordType", "recordId"],
    where: { recordId: { in: pending.map((item) => item.recordId) } },
    _max: { version: true },
  });
  const versions = new Map(latest.map((row) => [`${row.recordType}:${row.recordId}`, row._max.version ?? 0]));
  return new Set(pending.filter((item) => (versions.get(item.key) ?? 0) > item.baseVersion).map((item) => item.key));
}

// Submitted changes, oldest first (the order reviewers work through them), a page at a time.
// A change with an edit of a record approved since it was prepared is out of date: it
// cannot be approved until its author rebases it.
export async function listReviewQueue(actor: Actor, filter: QueueFilter = {}, request: PageRequest = null) {
  if (!can(actor, "change:review")) return { rows: [], previous: null, next: null };
  const page = keysetQuery("submittedAt", request, (text) => new Date(text));
  const changes = await prisma.changeRequest.findMany({
    where: {
      AND: [
        { status: "SUBMITTED", authorId: filter.authorId },
        filter.recordType ? { items: { some: { recordType: filter.recordType } } } : {},
        page.where,
      ],
    },
    orderBy: page.orderBy,
    take: page.take,
    select: {
      id: true,
      title: true,
      submittedAt: true,
      author: { select: { id: true, name: true } },
      items: {
        select: { recordType: true, operation: true, recordId: true, baseVersion: true, status: true },
        orderBy: { sequence: "asc" },
      },
    },
  });
  const { rows, previous, next } = pageOf(changes, request, (change) => [change.submittedAt!.toISOString(), change.id]);
  const behind = await outOfDateRecords(rows.flatMap((change) => change.items));
  const isBehind = (item: QueuedItem) => item.status === "PENDING" && behind.has(`${item.recordType}:${item.recordId}`);
  return { rows: rows.map((change) => ({ ...change, isOutOfDate: change.items.some(isBehind) })), previous, next };
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

const DECIDED: Partial<Record<ChangeStatus, (title: string) => string>> = {
  APPROVED: (title) => `Approved: “${title}”.`,
  PARTIALLY_APPROVED: (title) => `Approved in part: “${title}”. The rest went back to its author.`,
  RETURNED: (title) => `Sent back to its author: “${title}”.`,
};

// What was decided on the change a reviewer has just decided (the queue's "?decided=<id>"),
// read from the change itself; null when it is not decided, or not theirs to read.
export async function decisionNotice(actor: Actor, changeId: string): Promise<string | null> {
  if (!can(actor, "change:review")) return null;
  const change = await prisma.changeRequest.findUnique({ where: { id: changeId }, select: { title: true, status: true } });
  const worded = change && DECIDED[change.status];
  return worded ? worded(change.title) : null;
}
