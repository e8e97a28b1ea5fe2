import "server-only";
import type { ChangeItem } from "@/lib/generated/prisma/client";
import type { ChangeItemStatus, ChangeOperation, RecordType } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { can, type Actor } from "@/lib/permissions";
import { transition } from "@/lib/change-workflow";
import { keyClaimStatus, refId, type KeyClaimStatus } from "@/lib/citation-policy";
import { readChangeItem, readSnapshot, type ReadItem } from "@/lib/change-item";
import { claimLabelsOf, recordKind } from "@/lib/record-kinds";
import { RECORD_TYPE_LABELS } from "@/lib/claim-pages";
import { diffContent, type FieldDiff } from "@/lib/record-diff";
import type { PublicPage, RecordKind } from "@/lib/record-kind";
import type { PossiblySame } from "@/lib/record-picker-schema";
import { latestReviewNotes } from "@/lib/awaiting";

export type ItemReview = {
  id: string;
  label: string;
  fieldLabels: Record<string, string>;
  valueLabels: Record<string, Record<string, string>>;
  operation: ChangeOperation;
  status: ChangeItemStatus;
  title: string;
  recordId: string | null;
  diff: FieldDiff[];
  mergeInto: string | null;
  keyClaims: KeyClaimStatus[];
  // For an edit whose record moved on: what changed between the version it was prepared
  // against and the version published now.
  staleSince: { baseVersion: number; currentVersion: number; diff: FieldDiff[] } | null;
  affectedPages: PublicPage[];
  // For a new place, person or organisation: published ones of a nearly equal name.
  possiblySame: PossiblySame[];
  names: Record<string, string>;
  // Why this part cannot be reviewed (a kind Amity cannot apply, an unreadable payload).
  problem: string | null;
};

async function staleSince(item: ReadItem, currentVersion: number, currentContent: object) {
  if (item.operation === "CREATE" || currentVersion === item.baseVersion) return null;
  const base = await prisma.revision.findUnique({
    where: { recordType_recordId_version: { recordType: item.kind, recordId: item.recordId, version: item.baseVersion } },
    select: { snapshot: true },
  });
  const before = base ? readSnapshot(item.kind, base.snapshot) : null;
  return { baseVersion: item.baseVersion, currentVersion, diff: diffContent(before, currentContent) };
}

// An approved part compared as its reviewer saw it: the version it replaced against the one
// it published. Against what is published now it would show nothing changed, or later edits.
async function approvedDiff(item: ReadItem): Promise<FieldDiff[] | null> {
  if (item.status !== "APPROVED" || !item.recordId) return null;
  const applied = await prisma.revision.findFirst({
    where: { changeItemId: item.id, recordType: item.kind, recordId: item.recordId },
    select: { version: true, snapshot: true },
  });
  if (!applied) return null;
  const replaced = await prisma.revision.findUnique({
    where: { recordType_recordId_version: { recordType: item.kind, recordId: item.recordId, version: applied.version - 1 } },
    select: { snapshot: true },
  });
  const before = replaced ? readSnapshot(item.kind, replaced.snapshot) : null;
  return diffContent(before, readSnapshot(item.kind, applied.snapshot));
}

async function reviewItem(item: ReadItem, keyClaims: KeyClaimStatus[], newRecords: Record<string, string>): Promise<ItemReview> {
  const kind = recordKind(item.kind);
  const current = item.recordId ? await kind.load(prisma, item.recordId) : null;
  const isRemoval = item.operation === "DELETE" || item.operation === "MERGE";
  const contents = [current?.content, item.content].filter((content): content is object => !!content);
  const approved = await approvedDiff(item);
  const isNew = item.operation === "CREATE" && item.status !== "APPROVED";
  const [affectedPages, names, possiblySame] = await Promise.all([
    kind.affectedPages(prisma, item.recordId, contents),
    kind.referenceNames(prisma, contents),
    isNew && kind.possiblySame ? kind.possiblySame(prisma, item.content) : [],
  ]);
  return {
    id: item.id,
    label: kind.label,
    fieldLabels: kind.fieldLabels,
    valueLabels: valueLabelsOf(item, kind),
    operation: item.operation,
    status: item.status,
    title: kind.titleOf(item.content),
    recordId: item.recordId,
    diff: approved ?? diffContent(current?.content ?? null, isRemoval ? null : item.content),
    keyClaims: keyClaims.filter((claim) => claim.itemId === item.id),
    mergeInto: item.operation === "MERGE" ? ((await kind.load(prisma, item.mergeIntoId))?.title ?? "a removed record") : null,
    staleSince: current && item.status !== "APPROVED" ? await staleSince(item, current.version, current.content) : null,
    affectedPages,
    possiblySame,
    names: { ...newRecords, ...names },
    problem: null,
  };
}

// A citation's field is worded by the kind of record it cites, as that kind describes it.
function valueLabelsOf(item: ReadItem, kind: RecordKind<object>): Record<string, Record<string, string>> {
  if (item.kind !== "CITATION") return kind.valueLabels;
  const { recordType } = item.content as { recordType: RecordType };
  return { ...kind.valueLabels, field: claimLabelsOf(recordType) };
}

function unreadableItem(row: ChangeItem, problem: string): ItemReview {
  const label = RECORD_TYPE_LABELS[row.recordType];
  return {
    id: row.id,
    label,
    fieldLabels: {},
    valueLabels: {},
    operation: row.operation,
    status: row.status,
    title: label,
    recordId: row.recordId,
    diff: [],
    mergeInto: null,
    keyClaims: [],
    staleSince: null,
    affectedPages: [],
    possiblySame: [],
    names: {},
    problem,
  };
}

// How a record this change creates is named where other parts refer to it ("ref:event").
function newRecordNames(items: ReadItem[]): Record<string, string> {
  const created = items.flatMap((item) => (item.operation === "CREATE" && item.ref ? [[refId(item.ref), item] as const] : []));
  return Object.fromEntries(created.map(([ref, item]) => [ref, `${recordKind(item.kind).titleOf(item.content)} (new in this change)`]));
}

async function reviewItems(rows: ChangeItem[]): Promise<ItemReview[]> {
  const readings = rows.map(readChangeItem);
  const readable = readings.flatMap((reading) => (reading.ok ? [reading.item] : []));
  const keyClaims = await keyClaimStatus(
    prisma,
    readable.filter((item) => item.status === "PENDING"),
  );
  const newRecords = newRecordNames(readable);
  const items: ItemReview[] = [];
  for (const [i, reading] of readings.entries()) {
    items.push(reading.ok ? await reviewItem(reading.item, keyClaims, newRecords) : unreadableItem(rows[i], reading.problem));
  }
  return items;
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
      comments: {
        orderBy: { createdAt: "asc" },
        include: { author: { select: { name: true } }, changeItem: { select: { recordType: true } } },
      },
    },
  });
  if (!change || (change.authorId !== actor.id && !can(actor, "change:review"))) return null;
  return {
    change,
    items: await reviewItems(change.items),
    // For the author revising it: what the reviewers said about the version they returned.
    notes: latestReviewNotes(change, change.comments),
    canDecide: change.status === "SUBMITTED" && can(actor, "change:approve", change),
    canEdit: transition(change, "edit", actor).ok,
    canSubmit: transition(change, "submit", actor).ok,
    canWithdraw: transition(change, "withdraw", actor).ok,
  };
}
