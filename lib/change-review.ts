import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RecordType } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { transition } from "@/lib/change-workflow";
import { handlerFor } from "@/lib/record-handlers";
import { changedFields, diffContent } from "@/lib/record-diff";
import { keyClaimStatus } from "@/lib/citation-policy";
import { RecordRefused, type Tx } from "@/lib/record-handler";
import { can, type Actor } from "@/lib/permissions";

// Which items (records) of a change the reviewer approves; for an edit, optionally only
// some of its fields. Everything not selected goes back to the author.
export type ApprovalSelection = Record<string, "all" | string[]>;

export type ReviewResult =
  | { ok: true; tags: string[] }
  | { ok: false; formError: string; staleItemIds?: string[]; revised?: true };

// What a reviewer sends with a decision: the revision of the change they were shown, so
// content its author revised after the page was opened is never decided on unseen.
export type ReviewNote = { seenRevision: number; comment?: string; fieldComments?: FieldComment[] };

const REVISED_SINCE_OPENED = {
  ok: false, revised: true, formError: "This change was revised after you opened it: review the new version below.",
} as const;

type PendingItem = Prisma.ChangeItemGetPayload<object>;

async function findStaleItems(tx: Tx, items: PendingItem[]): Promise<string[]> {
  const stale: string[] = [];
  for (const item of items) {
    if (item.operation === "CREATE" || !item.recordId) continue;
    const current = await handlerFor(item.recordType).load(tx, item.recordId);
    if (!current || current.version !== item.baseVersion) stale.push(item.id);
  }
  return stale;
}

// Fields not selected keep their published value; the item keeps the full proposal so
// the author sees what is still outstanding.
async function contentToApply(tx: Tx, item: PendingItem, fields: "all" | string[]) {
  const proposed = item.payload as Record<string, unknown>;
  if (fields === "all" || !item.recordId) return proposed;
  const current = await handlerFor(item.recordType).load(tx, item.recordId);
  const merged: Record<string, unknown> = { ...(current?.content as Record<string, unknown>) };
  for (const field of fields) merged[field] = proposed[field];
  return merged;
}

async function writeRevision(tx: Tx, item: PendingItem, recordId: string, context: ApplyContext) {
  const applied = await handlerFor(item.recordType).load(tx, recordId);
  await tx.revision.create({
    data: {
      recordType: item.recordType,
      recordId,
      version: applied?.version ?? (await nextRetiredVersion(tx, item.recordType, recordId)),
      snapshot: (applied?.content ?? { retired: true, mergedIntoId: item.mergeIntoId }) as Prisma.InputJsonValue,
      changeRequestId: item.changeRequestId,
      changeItemId: item.id,
      proposedById: context.authorId,
      approvedById: context.reviewerId,
    },
  });
  return applied?.version;
}

async function applyOperation(tx: Tx, item: PendingItem, content: object): Promise<string> {
  const handler = handlerFor(item.recordType);
  if (item.operation === "CREATE") return handler.create(tx, content);
  if (item.operation === "DELETE") await handler.retire(tx, item.recordId!);
  else if (item.operation === "MERGE") await handler.merge!(tx, item.recordId!, item.mergeIntoId!);
  else await handler.update(tx, item.recordId!, content);
  return item.recordId!;
}

async function applyItem(tx: Tx, item: PendingItem, fields: "all" | string[], context: ApplyContext) {
  const handler = handlerFor(item.recordType);
  const touched = [item.recordId, item.mergeIntoId].filter((id): id is string => !!id);
  for (const id of touched) context.tags.push(...(await handler.publicTags(tx, id)));
  const content = handler.schema.parse(resolveRefs(await contentToApply(tx, item, fields), context.refs));
  const recordId = await applyOperation(tx, item, content);
  if (item.ref) context.refs.set(item.ref, recordId);
  context.tags.push(...(await handler.publicTags(tx, recordId)));
  const version = await writeRevision(tx, item, recordId, context);
  if (item.operation === "MERGE") await writeRevision(tx, item, item.mergeIntoId!, context);
  const isWhole = fields === "all" || item.operation !== "UPDATE";
  await tx.changeItem.update({
    where: { id: item.id },
    data: isWhole ? { status: "APPROVED", recordId } : { status: "RETURNED", baseVersion: version },
  });
  return isWhole;
}

async function nextRetiredVersion(tx: Tx, recordType: RecordType, recordId: string) {
  const last = await tx.revision.findFirst({ where: { recordType, recordId }, orderBy: { version: "desc" }, select: { version: true } });
  return (last?.version ?? 0) + 1;
}

// Ticking every changed field of an edit approves the edit as a whole.
async function wholeItemsOf(tx: Tx, items: PendingItem[], selection: ApprovalSelection): Promise<ApprovalSelection> {
  const normalized: ApprovalSelection = { ...selection };
  for (const item of items) {
    const fields = selection[item.id];
    if (!Array.isArray(fields) || !item.recordId) continue;
    const current = await handlerFor(item.recordType).load(tx, item.recordId);
    const changed = changedFields(diffContent(current?.content ?? null, item.payload as object));
    if (changed.every((field) => fields.includes(field))) normalized[item.id] = "all";
  }
  return normalized;
}

type ApplyContext = { authorId: string; reviewerId: string; tags: string[]; refs: Map<string, string> };

// A citation of a record created earlier in the same change points at it by ref.
function resolveRefs(content: object, refs: Map<string, string>): object {
  const recordId = (content as { recordId?: unknown }).recordId;
  if (typeof recordId !== "string" || !recordId.startsWith("ref:")) return content;
  const id = refs.get(recordId.slice(4));
  if (!id) throw new RecordRefused("A citation points at a record this change does not create.");
  return { ...content, recordId: id };
}

// Prisma's 5 s default would cut off a large change (an import of many records).
const APPROVAL_TRANSACTION = { timeout: 60_000, maxWait: 10_000 };

// Approves all of a change, or the selected part of it, in one transaction: a record that
// changed since the proposal was prepared stops the whole approval (nothing is applied
// blindly), and the rest of a partial approval goes back to the author with the comment.
export async function approveChange(actor: Actor, changeId: string, selection: ApprovalSelection | "all", note: ReviewNote): Promise<ReviewResult> {
  try {
    return await applyApproval(actor, changeId, selection, note);
  } catch (error) {
    if (error instanceof RecordRefused) return { ok: false, formError: error.message };
    throw error;
  }
}

async function applyApproval(actor: Actor, changeId: string, selection: ApprovalSelection | "all", note: ReviewNote): Promise<ReviewResult> {
  const { comment = "", fieldComments = [] } = note;
  return prisma.$transaction(async (tx) => {
    const change = await tx.changeRequest.findUnique({
      where: { id: changeId },
      include: { items: { where: { status: "PENDING" }, orderBy: { sequence: "asc" } } },
    });
    if (!change) return { ok: false, formError: "This change no longer exists." };
    const selected = selection === "all" ? selection : await wholeItemsOf(tx, change.items, selection);
    const chosen = change.items.filter((item) => selected === "all" || selected[item.id]);
    const isPartial = selected !== "all" && (chosen.length < change.items.length || chosen.some((i) => selected[i.id] !== "all"));
    const step = transition(change, isPartial ? "approve-part" : "approve", actor);
    if (!step.ok) return { ok: false, formError: step.reason };
    if (change.revision !== note.seenRevision) return REVISED_SINCE_OPENED;
    if (chosen.length === 0) return { ok: false, formError: "Choose at least one part of the change to approve." };
    if (isPartial && !comment.trim()) return { ok: false, formError: "Say why the rest goes back to the author." };
    const staleItemIds = await findStaleItems(tx, chosen);
    if (staleItemIds.length > 0) {
      return { ok: false, staleItemIds, formError: "This record changed since the change was prepared — the author must rebase it on the current version." };
    }
    const uncited = (await keyClaimStatus(tx, chosen)).filter((claim) => !claim.isCited);
    if (uncited.length > 0) {
      return { ok: false, formError: `Cite these key claims before approving: ${uncited.map((c) => c.label).join("; ")}.` };
    }
    const context: ApplyContext = { authorId: change.authorId, reviewerId: actor.id, tags: [], refs: new Map() };
    for (const item of chosen) await applyItem(tx, item, selected === "all" ? "all" : selected[item.id], context);
    const unchosen = change.items.filter((item) => !chosen.includes(item)).map((item) => item.id);
    await tx.changeItem.updateMany({ where: { id: { in: unchosen } }, data: { status: "RETURNED" } });
    await tx.changeRequest.update({ where: { id: changeId }, data: { status: step.status, reviewerId: actor.id, decidedAt: new Date() } });
    await saveComments(tx, changeId, actor.id, comment, fieldComments);
    await recordAudit({ actorId: actor.id, action: "change.approved", targetType: "CHANGE_REQUEST", targetId: changeId, detail: { partial: isPartial, items: chosen.map((i) => i.id) } }, tx);
    return { ok: true, tags: [...new Set(context.tags)] };
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
    await tx.changeItem.updateMany({ where: { changeRequestId: changeId, status: "PENDING" }, data: { status: "RETURNED" } });
    await tx.changeRequest.update({ where: { id: changeId }, data: { status: step.status, reviewerId: actor.id, decidedAt: new Date() } });
    await saveComments(tx, changeId, actor.id, comment, fieldComments);
    await recordAudit({ actorId: actor.id, action: "change.returned", targetType: "CHANGE_REQUEST", targetId: changeId, detail: { comment } }, tx);
    return { ok: true, tags: [] };
  });
}

export type FieldComment = { itemId: string; field: string; body: string };

async function saveComments(tx: Tx, changeRequestId: string, authorId: string, comment: string, fieldComments: FieldComment[]) {
  const general = comment.trim() ? [{ changeRequestId, authorId, body: comment.trim() }] : [];
  const onFields = fieldComments.map((c) => ({ changeRequestId, authorId, changeItemId: c.itemId, field: c.field, body: c.body }));
  await tx.reviewComment.createMany({ data: [...general, ...onFields] });
}

// A remark on a change while it is open, by its author or a reviewer; not a decision.
export async function commentOnChange(actor: Actor, changeId: string, body: string): Promise<ReviewResult> {
  const change = await prisma.changeRequest.findUnique({ where: { id: changeId }, select: { authorId: true } });
  if (!change) return { ok: false, formError: "This change no longer exists." };
  if (change.authorId !== actor.id && !can(actor, "change:review")) return { ok: false, formError: "Only the author and reviewers comment on a change." };
  await prisma.reviewComment.create({ data: { changeRequestId: changeId, authorId: actor.id, body } });
  return { ok: true, tags: [] };
}
