import "server-only";
import type { ChangeStatus, RecordType } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { can, type Actor } from "@/lib/permissions";
import { countAwaitingReview } from "@/lib/review-queue";
import { claimLabel, isEditableKind, recordKind } from "@/lib/record-kinds";

// What needs the user: changes by others awaiting their review, their own changes a
// reviewer sent back (in whole or in part), and their drafts not yet submitted.
export type AwaitingCounts = { toReview: number; returned: number; drafts: number };

const RETURNED_STATUSES: ChangeStatus[] = ["RETURNED", "PARTIALLY_APPROVED"];
const DASHBOARD_QUEUE_LENGTH = 5;

// Two counts on indexed columns (ChangeRequest's [authorId, status] and [status,
// submittedAt]): cheap enough for the menu of every admin page.
export async function countAwaiting(actor: Actor): Promise<AwaitingCounts> {
  const [toReview, own] = await Promise.all([
    countAwaitingReview(actor),
    prisma.changeRequest.groupBy({
      by: ["status"],
      where: { authorId: actor.id, status: { in: [...RETURNED_STATUSES, "DRAFT"] } },
      _count: { _all: true },
    }),
  ]);
  const countOf = (statuses: ChangeStatus[]) =>
    own.filter((row) => statuses.includes(row.status)).reduce((sum, row) => sum + row._count._all, 0);
  return { toReview, returned: countOf(RETURNED_STATUSES), drafts: countOf(["DRAFT"]) };
}

export type ReviewNote = { id: string; body: string; author: string; createdAt: Date; field: string | null; fieldLabel: string | null };

type StoredComment = {
  id: string;
  body: string;
  field: string | null;
  createdAt: Date;
  authorId: string;
  author: { name: string };
  changeItem: { recordType: RecordType } | null;
};

function fieldLabelOf(comment: StoredComment): string | null {
  if (!comment.field) return null;
  const recordType = comment.changeItem?.recordType;
  return recordType && isEditableKind(recordType) ? claimLabel(recordKind(recordType), comment.field) : comment.field;
}

// What the reviewers said about the version the author last submitted: the comments since
// that submission, not the author's own, each with the label of the field it is about.
// Earlier rounds were answered by the resubmission.
export function latestReviewNotes(change: { authorId: string; submittedAt: Date | null }, comments: StoredComment[]): ReviewNote[] {
  const since = change.submittedAt?.getTime() ?? 0;
  return comments
    .filter((comment) => comment.authorId !== change.authorId && comment.createdAt.getTime() >= since)
    .map((comment) => ({
      id: comment.id,
      body: comment.body,
      author: comment.author.name,
      createdAt: comment.createdAt,
      field: comment.field,
      fieldLabel: fieldLabelOf(comment),
    }));
}

export const reviewNoteSelect = {
  orderBy: { createdAt: "asc" },
  select: {
    id: true,
    body: true,
    field: true,
    createdAt: true,
    authorId: true,
    author: { select: { name: true } },
    changeItem: { select: { recordType: true } },
  },
} as const;

async function listReturnedToAuthor(actor: Actor) {
  const changes = await prisma.changeRequest.findMany({
    where: { authorId: actor.id, status: { in: RETURNED_STATUSES } },
    orderBy: { decidedAt: "desc" },
    select: {
      id: true,
      title: true,
      status: true,
      authorId: true,
      submittedAt: true,
      decidedAt: true,
      reviewer: { select: { name: true } },
      comments: reviewNoteSelect,
    },
  });
  return changes.map(({ comments, ...change }) => ({ ...change, notes: latestReviewNotes(change, comments) }));
}

function listDrafts(actor: Actor) {
  return prisma.changeRequest.findMany({
    where: { authorId: actor.id, status: "DRAFT" },
    orderBy: { updatedAt: "desc" },
    select: { id: true, title: true, updatedAt: true },
  });
}

// The oldest few, the order reviewers work through the queue; the queue page has the rest.
async function listOldestToReview(actor: Actor) {
  if (!can(actor, "change:review")) return [];
  return prisma.changeRequest.findMany({
    where: { status: "SUBMITTED", authorId: { not: actor.id } },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: DASHBOARD_QUEUE_LENGTH,
    select: { id: true, title: true, submittedAt: true, author: { select: { name: true } } },
  });
}

// The dashboard's lists of what awaits the user, with the counts the menu shows.
export async function listAwaiting(actor: Actor) {
  const [counts, returned, drafts, toReview] = await Promise.all([
    countAwaiting(actor),
    listReturnedToAuthor(actor),
    listDrafts(actor),
    listOldestToReview(actor),
  ]);
  return { counts, returned, drafts, toReview };
}
