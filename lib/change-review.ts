import "server-only";
import type { ChangeItem } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { recordRevalidatedTags } from "@/lib/revalidated-tags";
import { isOpen, transition } from "@/lib/change-workflow";
import { isEditableKind, recordKind } from "@/lib/record-kinds";
import { readChangeItem, type ReadItem } from "@/lib/change-item";
import { applyItems, type ApplyContext } from "@/lib/change-apply";
import { changedFields, diffContent } from "@/lib/record-diff";
import { keyClaimStatus } from "@/lib/citation-policy";
import { RecordRefused, type Tx } from "@/lib/record-kind";
import { can, type Actor } from "@/lib/permissions";

// Which items (records) of a change the reviewer approves; for an edit, optionally only
// some of its fields. Everything not selected goes back to the author.
export type ApprovalSelection = Record<string, "all" | string[]>;

export type ReviewResult = { ok: true; tags: string[] } | { ok: false; formError: string; staleItemIds?: string[]; revised?: true };

// What a reviewer sends with a decision: the revision of the change they were shown, so
// content its author revised after the page was opened is never decided on unseen.
export type ReviewNote = { seenRevision: number; comment?: string; fieldComments?: FieldComment[] };

const REVISED_SINCE_OPENED = {
  ok: false,
  revised: true,
  formError: "This change was revised after you opened it: review the new version below.",
} as const;

// The pending items of a change as their kinds read them; the first unreadable one
// (a kind Amity cannot apply, a payload its schema refuses) stops the decision.
function readPending(rows: ChangeItem[]): { items: ReadItem[] } | { problem: string } {
  const items: ReadItem[] = [];
  for (const row of rows) {
    const reading = readChangeItem(row);
    if (!reading.ok) return { problem: reading.problem };
    items.push(reading.item);
  }
  return { items };
}

async function findStaleItems(tx: Tx, items: ReadItem[]): Promise<string[]> {
  const stale: string[] = [];
  for (const item of items) {
    if (item.operation === "CREATE") continue;
    const current = await recordKind(item.kind).load(tx, item.recordId);
    if (!current || current.version !== item.baseVersion) stale.push(item.id);
  }
  return stale;
}

// Fields a reviewer may approve one by one: those the edit changes that review shows, nothing
// else. A field the kind keeps for itself is never ticked, so it cannot hold an edit back.
async function changedFieldsOf(tx: Tx, item: ReadItem): Promise<string[]> {
  const kind = recordKind(item.kind);
  const current = item.operation === "UPDATE" ? await kind.load(tx, item.recordId) : null;
  const internal: string[] = kind.internalFields ?? [];
  return changedFields(diffContent(current?.content ?? null, item.content)).filter((field) => !internal.includes(field));
}

// Ticking every changed field of an edit approves the edit as a whole; a field the edit
// does not change (or that the kind does not have) is refused.
async function wholeItemsOf(tx: Tx, items: ReadItem[], selection: ApprovalSelection): Promise<ApprovalSelection> {
  const normalized: ApprovalSelection = { ...selection };
  for (const item of items) {
    const fields = selection[item.id];
    if (!Array.isArray(fields)) continue;
    if (item.operation !== "UPDATE") throw new RecordRefused("Only an edit can be approved field by field.");
    const changed = await changedFieldsOf(tx, item);
    if (fields.some((field) => !changed.includes(field))) throw new RecordRefused("Choose only fields this edit changes.");
    if (changed.every((field) => fields.includes(field))) normalized[item.id] = "all";
  }
  return normalized;
}

// Prisma's 5 s default would cut off a large change (an import of many records).
const APPROVAL_TRANSACTION = { timeout: 60_000, maxWait: 10_000 };

// Approves all of a change, or the selected part of it, in one transaction: a record that
// changed since the proposal was prepared stops the whole approval (nothing is applied
// blindly), and the rest of a partial approval goes back to the author with the comment.
export async function approveChange(
  actor: Actor,
  changeId: string,
  selection: ApprovalSelection | "all",
  note: ReviewNote,
): Promise<ReviewResult> {
  try {
    return await applyApproval(actor, changeId, selection, note);
  } catch (error) {
    if (error instanceof RecordRefused) return { ok: false, formError: error.message };
    throw error;
  }
}

async function applyApproval(
  actor: Actor,
  changeId: string,
  selection: ApprovalSelection | "all",
  note: ReviewNote,
): Promise<ReviewResult> {
  const { comment = "", fieldComments = [] } = note;
  return prisma.$transaction(async (tx) => {
    const change = await tx.changeRequest.findUnique({
      where: { id: changeId },
      include: { items: { where: { status: "PENDING" }, orderBy: { sequence: "asc" } } },
    });
    if (!change) return { ok: false, formError: "This change no longer exists." };
    const pending = readPending(change.items);
    if ("problem" in pending) return { ok: false, formError: pending.problem };
    const selected = selection === "all" ? selection : await wholeItemsOf(tx, pending.items, selection);
    const chosen = pending.items.filter((item) => selected === "all" || selected[item.id]);
    const isPartial = selected !== "all" && (chosen.length < pending.items.length || chosen.some((i) => selected[i.id] !== "all"));
    const step = transition(change, isPartial ? "approve-part" : "approve", actor);
    if (!step.ok) return { ok: false, formError: step.reason };
    if (change.revision !== note.seenRevision) return REVISED_SINCE_OPENED;
    if (chosen.length === 0) return { ok: false, formError: "Choose at least one part of the change to approve." };
    if (isPartial && !comment.trim()) return { ok: false, formError: "Say why the rest goes back to the author." };
    const strayComment = await strayFieldComment(tx, changeId, fieldComments);
    if (strayComment) return { ok: false, formError: strayComment };
    const staleItemIds = await findStaleItems(tx, chosen);
    if (staleItemIds.length > 0) {
      return {
        ok: false,
        staleItemIds,
        formError: "This record changed since the change was prepared — the author must rebase it on the current version.",
      };
    }
    const uncited = (await keyClaimStatus(tx, chosen)).filter((claim) => !claim.isCited);
    if (uncited.length > 0) {
      return { ok: false, formError: `Cite these key claims before approving: ${uncited.map((c) => c.label).join("; ")}.` };
    }
    const context: ApplyContext = { authorId: change.authorId, reviewerId: actor.id, tags: [], refs: new Map(), created: new Set() };
    await applyItems(tx, chosen, (item) => (selected === "all" ? "all" : selected[item.id]), context);
    // What was not applied is still pending: it goes back to the author. Named by its change,
    // not by a list of ids, which past a thousand overruns the bound parameters Prisma allows SQLite.
    await tx.changeItem.updateMany({ where: { changeRequestId: changeId, status: "PENDING" }, data: { status: "RETURNED" } });
    await tx.changeRequest.update({ where: { id: changeId }, data: { status: step.status, reviewerId: actor.id, decidedAt: new Date() } });
    await saveComments(tx, changeId, actor.id, comment, fieldComments);
    await recordAudit(
      {
        actorId: actor.id,
        action: "change.approved",
        targetType: "CHANGE_REQUEST",
        targetId: changeId,
        detail: { partial: isPartial, items: chosen.map((i) => i.id) },
      },
      tx,
    );
    const tags = [...new Set(context.tags)];
    await recordRevalidatedTags(tx, tags);
    return { ok: true, tags };
  }, APPROVAL_TRANSACTION);
}

export async function returnChange(actor: Actor, changeId: string, note: ReviewNote): Promise<ReviewResult> {
  const { comment = "", fieldComments = [] } = note;
  if (!comment.trim()) return { ok: false, formError: "Say what the author should change." };
  return prisma.$transaction(async (tx) => {
    const change = await tx.changeRequest.findUnique({ where: { id: changeId }, select: { status: true, authorId: true, revision: true } });
    if (!change) return { ok: false, formError: "This change no longer exists." };
    const step = transition(change, "return", actor);
    if (!step.ok) return { ok: false, formError: step.reason };
    if (change.revision !== note.seenRevision) return REVISED_SINCE_OPENED;
    const strayComment = await strayFieldComment(tx, changeId, fieldComments);
    if (strayComment) return { ok: false, formError: strayComment };
    await tx.changeItem.updateMany({ where: { changeRequestId: changeId, status: "PENDING" }, data: { status: "RETURNED" } });
    await tx.changeRequest.update({ where: { id: changeId }, data: { status: step.status, reviewerId: actor.id, decidedAt: new Date() } });
    await saveComments(tx, changeId, actor.id, comment, fieldComments);
    await recordAudit(
      { actorId: actor.id, action: "change.returned", targetType: "CHANGE_REQUEST", targetId: changeId, detail: { comment } },
      tx,
    );
    return { ok: true, tags: [] };
  });
}

export type FieldComment = { itemId: string; field: string; body: string };

// A field comment names its item and field from the form: it must be a field of a part of
// this change, never of another change (whose author would read it there).
async function strayFieldComment(tx: Tx, changeRequestId: string, fieldComments: FieldComment[]): Promise<string | null> {
  if (fieldComments.length === 0) return null;
  const itemIds = fieldComments.map((c) => c.itemId);
  const items = await tx.changeItem.findMany({ where: { changeRequestId, id: { in: itemIds } }, select: { id: true, recordType: true } });
  for (const { itemId, field } of fieldComments) {
    const item = items.find((found) => found.id === itemId);
    if (!item) return "A comment is on a part of another change: comment only on the parts of this one.";
    const labels = isEditableKind(item.recordType) ? recordKind(item.recordType).fieldLabels : {};
    if (!Object.hasOwn(labels, field)) return "A comment is on a field this record does not have.";
  }
  return null;
}

async function saveComments(tx: Tx, changeRequestId: string, authorId: string, comment: string, fieldComments: FieldComment[]) {
  const general = comment.trim() ? [{ changeRequestId, authorId, body: comment.trim() }] : [];
  const onFields = fieldComments.map((c) => ({ changeRequestId, authorId, changeItemId: c.itemId, field: c.field, body: c.body }));
  await tx.reviewComment.createMany({ data: [...general, ...onFields] });
}

// A remark on a change while it is open, by its author or a reviewer; not a decision. A
// closed change (approved, withdrawn) keeps the discussion it was decided with.
export async function commentOnChange(actor: Actor, changeId: string, body: string): Promise<ReviewResult> {
  return prisma.$transaction(async (tx) => {
    const change = await tx.changeRequest.findUnique({ where: { id: changeId }, select: { authorId: true, status: true } });
    if (!change) return { ok: false, formError: "This change no longer exists." };
    if (change.authorId !== actor.id && !can(actor, "change:review"))
      return { ok: false, formError: "Only the author and reviewers comment on a change." };
    if (!isOpen(change.status)) return { ok: false, formError: "This change is closed: comments are no longer added to it." };
    await tx.reviewComment.create({ data: { changeRequestId: changeId, authorId: actor.id, body } });
    return { ok: true, tags: [] };
  });
}
