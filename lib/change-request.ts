import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChangeOperation, RecordType } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { can, PermissionDenied, type Actor } from "@/lib/permissions";
import { transition } from "@/lib/change-workflow";
import type { ActionResult } from "@/lib/action-result";
import { proposalProblem } from "@/lib/change-item";
import { flagConflicts, rebaseItems, type Conflict } from "@/lib/change-rebase";
import { keysetQuery, pageOf, type PageRequest } from "@/lib/keyset";

export type ProposedItem = {
  // Given only when another change must point at this item before it is stored: an import's
  // later batches name the places its earlier ones propose ("item:<id>", lib/change-apply.ts).
  id?: string;
  recordType: RecordType;
  operation: ChangeOperation;
  recordId?: string;
  ref?: string;
  baseVersion?: number;
  mergeIntoId?: string;
  payload: Prisma.InputJsonValue;
};

export type Proposal = { title: string; items: ProposedItem[]; submit: boolean };

// The version an edit is prepared on: the one its form opened, so that an approval made
// while the editor typed is merged rather than silently undone (lib/change-rebase.ts);
// never a later one than is published.
export const openedVersion = (opened: number | undefined, current: number) => Math.min(opened ?? current, current);

// The forms only propose kinds Amity can apply, in their own schema's shape; anything else
// is a programming error or a forged call, refused before it is stored.
export class ProposalRefused extends Error {}

function refuseUnreadable(items: ProposedItem[]) {
  const problem = items.map(proposalProblem).find((found) => found !== null);
  if (problem) throw new ProposalRefused(problem);
}

// Every create, edit, merge or delete is proposed here and nowhere else: record tables
// are only written when a reviewer approves (DESIGN.md, principle 6).
// `conflicts`: fields of its edits that a colleague's approval changed too, flagged to the reviewer.
export async function createChange(actor: Actor, { title, items, submit }: Proposal, conflicts: Conflict[] = []) {
  if (!can(actor, "change:propose")) throw new PermissionDenied("You may not propose changes");
  refuseUnreadable(items);
  return prisma.$transaction(async (tx) => {
    const change = await tx.changeRequest.create({
      data: {
        title,
        authorId: actor.id,
        status: submit ? "SUBMITTED" : "DRAFT",
        submittedAt: submit ? new Date() : null,
        items: { create: items.map((item, sequence) => ({ ...item, sequence })) },
      },
      select: { id: true },
    });
    await flagConflicts(tx, change.id, actor.id, conflicts, 0);
    await recordAudit(
      {
        actorId: actor.id,
        action: submit ? "change.submitted" : "change.created",
        targetType: "CHANGE_REQUEST",
        targetId: change.id,
        detail: { title },
      },
      tx,
    );
    return change;
  });
}

// The author revises a draft or a returned change: its pending items are replaced by the
// new proposal (approved items stay as they were applied), and it may go back to review.
// An edit of a record approved meanwhile is rebased on it (lib/change-rebase.ts).
export async function reviseChange(actor: Actor, changeId: string, { title, items, submit }: Proposal): Promise<ActionResult> {
  refuseUnreadable(items);
  return prisma.$transaction(async (tx) => {
    const change = await tx.changeRequest.findUnique({ where: { id: changeId }, select: { status: true, authorId: true } });
    if (!change) return { ok: false, formError: "This change no longer exists." };
    const step = transition(change, submit ? "submit" : "edit", actor);
    if (!step.ok) return { ok: false, formError: step.reason };
    const rebased = await rebaseItems(tx, changeId, items);
    if (!rebased.ok) return { ok: false, formError: rebased.problem };
    // An edit approved field by field has a Revision pointing at it, and history is
    // append-only (deleting the item would rewrite that link): it is closed, its applied
    // part kept in the revision, and the new proposal replaces the rest.
    await tx.changeItem.updateMany({
      where: { changeRequestId: changeId, status: "RETURNED", revisions: { some: {} } },
      data: { status: "APPROVED" },
    });
    await tx.changeItem.deleteMany({ where: { changeRequestId: changeId, status: { not: "APPROVED" } } });
    const offset = await tx.changeItem.count({ where: { changeRequestId: changeId } });
    await tx.changeRequest.update({
      where: { id: changeId },
      data: {
        title,
        status: step.status,
        revision: { increment: 1 },
        submittedAt: submit ? new Date() : undefined,
        items: { create: rebased.items.map((item, i) => ({ ...item, sequence: offset + i })) },
      },
    });
    await flagConflicts(tx, changeId, actor.id, rebased.conflicts, offset);
    if (submit)
      await recordAudit(
        {
          actorId: actor.id,
          action: "change.submitted",
          targetType: "CHANGE_REQUEST",
          targetId: changeId,
          detail: { title, resubmitted: true },
        },
        tx,
      );
    return { ok: true };
  });
}

// A form saves either a new change or, given the id of the author's own open change, a
// revision of it: the one path every kind's form takes.
export async function saveProposal(actor: Actor, proposal: Proposal, changeId?: string): Promise<ActionResult<{ id: string }>> {
  if (!changeId) {
    // An edit prepared on a version a colleague's approval has since replaced is merged
    // with it now, so saving never undoes that approval.
    const rebased = await rebaseItems(prisma, null, proposal.items);
    if (!rebased.ok) return { ok: false, formError: rebased.problem };
    return { ok: true, data: await createChange(actor, { ...proposal, items: rebased.items }, rebased.conflicts) };
  }
  const revised = await reviseChange(actor, changeId, proposal);
  return revised.ok ? { ok: true, data: { id: changeId } } : revised;
}

// A removal's or a merge's reason is a comment on the change, so the reviewer reads it
// in the discussion; a revision adds its new reason rather than rewriting the old one.
export async function saveWithReason(
  actor: Actor,
  proposal: Proposal,
  reason: string,
  changeId?: string,
): Promise<ActionResult<{ id: string }>> {
  const saved = await saveProposal(actor, proposal, changeId);
  if (saved.ok && saved.data)
    await prisma.reviewComment.create({ data: { changeRequestId: saved.data.id, authorId: actor.id, body: reason } });
  return saved;
}

export async function withdrawChange(actor: Actor, changeId: string): Promise<ActionResult> {
  return prisma.$transaction(async (tx) => {
    const change = await tx.changeRequest.findUnique({ where: { id: changeId }, select: { status: true, authorId: true } });
    if (!change) return { ok: false, formError: "This change no longer exists." };
    const step = transition(change, "withdraw", actor);
    if (!step.ok) return { ok: false, formError: step.reason };
    await tx.changeRequest.update({ where: { id: changeId }, data: { status: step.status, decidedAt: new Date() } });
    await recordAudit({ actorId: actor.id, action: "change.withdrawn", targetType: "CHANGE_REQUEST", targetId: changeId }, tx);
    return { ok: true };
  });
}

// The changes the actor proposed, the most recently changed first, a page at a time.
export async function listMyChanges(actor: Actor, request: PageRequest = null) {
  const page = keysetQuery("updatedAt", request, (text) => new Date(text), "desc");
  const changes = await prisma.changeRequest.findMany({
    where: { AND: [{ authorId: actor.id }, page.where] },
    orderBy: page.orderBy,
    take: page.take,
    select: { id: true, title: true, status: true, updatedAt: true, submittedAt: true },
  });
  return pageOf(changes, request, (change) => [change.updatedAt.toISOString(), change.id]);
}

export async function submitDraft(actor: Actor, changeId: string): Promise<ActionResult> {
  return prisma.$transaction(async (tx) => {
    const change = await tx.changeRequest.findUnique({ where: { id: changeId }, select: { status: true, authorId: true, title: true } });
    if (!change) return { ok: false, formError: "This change no longer exists." };
    const step = transition(change, "submit", actor);
    if (!step.ok) return { ok: false, formError: step.reason };
    await tx.changeItem.updateMany({ where: { changeRequestId: changeId, status: "RETURNED" }, data: { status: "PENDING" } });
    await tx.changeRequest.update({ where: { id: changeId }, data: { status: step.status, submittedAt: new Date() } });
    await recordAudit(
      { actorId: actor.id, action: "change.submitted", targetType: "CHANGE_REQUEST", targetId: changeId, detail: { title: change.title } },
      tx,
    );
    return { ok: true };
  });
}
