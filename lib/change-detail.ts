import "server-only";
import type { ChangeItem } from "@/lib/generated/prisma/client";
import type { RecordType } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { can, type Actor } from "@/lib/permissions";
import { transition } from "@/lib/change-workflow";
import { keyClaimStatus, type KeyClaimStatus } from "@/lib/citation-policy";
import { handlerFor } from "@/lib/record-handlers";
import { diffContent, type FieldDiff } from "@/lib/record-diff";
import type { PublicPage } from "@/lib/record-handler";

export type ItemReview = {
  id: string;
  recordType: RecordType;
  label: string;
  fieldLabels: Record<string, string>;
  operation: string;
  status: string;
  title: string;
  recordId: string | null;
  proposed: object;
  diff: FieldDiff[];
  mergeInto: string | null;
  keyClaims: KeyClaimStatus[];
  // For an edit whose record moved on: what changed between the version it was prepared
  // against and the version published now.
  staleSince: { baseVersion: number; currentVersion: number; diff: FieldDiff[] } | null;
  affectedPages: PublicPage[];
  names: Record<string, string>;
};

async function reviewItem(item: ChangeItem, keyClaims: KeyClaimStatus[]): Promise<ItemReview> {
  const handler = handlerFor(item.recordType);
  const current = item.recordId ? await handler.load(prisma, item.recordId) : null;
  const proposed = item.payload as object;
  const isStale = !!current && item.baseVersion !== null && current.version !== item.baseVersion;
  const base = isStale
    ? await prisma.revision.findUnique({
        where: { recordType_recordId_version: { recordType: item.recordType, recordId: item.recordId!, version: item.baseVersion! } },
        select: { snapshot: true },
      })
    : null;
  const contents = [current?.content, proposed].filter(Boolean) as object[];
  const [affectedPages, names] = await Promise.all([
    handler.affectedPages(prisma, item.recordId, contents),
    handler.referenceNames(prisma, contents),
  ]);
  return {
    id: item.id,
    recordType: item.recordType,
    label: handler.label,
    fieldLabels: handler.fieldLabels,
    operation: item.operation,
    status: item.status,
    title: handler.titleOf(proposed),
    recordId: item.recordId,
    proposed,
    diff: diffContent(current?.content ?? null, item.operation === "DELETE" || item.operation === "MERGE" ? null : proposed),
    keyClaims: keyClaims.filter((claim) => claim.itemId === item.id),
    mergeInto: item.mergeIntoId ? ((await handler.load(prisma, item.mergeIntoId))?.title ?? "a removed record") : null,
    staleSince: isStale
      ? { baseVersion: item.baseVersion!, currentVersion: current!.version, diff: diffContent((base?.snapshot as object) ?? null, current!.content) }
      : null,
    affectedPages,
    names,
  };
}

// Everything the review and "my change" pages compare: each item's proposal against what
// is published now. Visible to its author and to reviewers.
export async function getChangeDetail(actor: Actor, changeId: string) {
  const change = await prisma.changeRequest.findUnique({
    where: { id: changeId },
    include: {
      author: { select: { id: true, name: true, email: true } },
      reviewer: { select: { name: true } },
      items: { orderBy: { sequence: "asc" } },
      comments: { orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } },
    },
  });
  if (!change || (change.authorId !== actor.id && !can(actor, "change:review"))) return null;
  const open = change.items.filter((item) => item.status === "PENDING");
  const keyClaims = await keyClaimStatus(prisma, open);
  const items: ItemReview[] = [];
  for (const item of change.items) items.push(await reviewItem(item, keyClaims));
  return {
    change,
    items,
    canDecide: change.status === "SUBMITTED" && can(actor, "change:approve", change),
    canEdit: transition(change, "edit", actor).ok,
    canSubmit: transition(change, "submit", actor).ok,
    canWithdraw: transition(change, "withdraw", actor).ok,
  };
}
