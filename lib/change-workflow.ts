import type { ChangeStatus } from "@/lib/generated/prisma/enums";
import { can, type Actor } from "@/lib/permissions";

// The life of a change request. Pure, so every allowed and forbidden step is unit-tested;
// lib/change-request.ts and lib/change-review.ts ask it before touching the database.
export type ChangeEvent = "edit" | "submit" | "withdraw" | "approve" | "approve-part" | "return";

const STEPS: Record<ChangeEvent, Partial<Record<ChangeStatus, ChangeStatus>>> = {
  // Saving a submitted change as a draft takes it out of review until it is submitted again.
  edit: { DRAFT: "DRAFT", SUBMITTED: "DRAFT", RETURNED: "RETURNED", PARTIALLY_APPROVED: "PARTIALLY_APPROVED" },
  // Resubmitting a submitted change (after revising it, e.g. to rebase it) keeps it in review.
  submit: { DRAFT: "SUBMITTED", SUBMITTED: "SUBMITTED", RETURNED: "SUBMITTED", PARTIALLY_APPROVED: "SUBMITTED" },
  withdraw: { DRAFT: "WITHDRAWN", SUBMITTED: "WITHDRAWN", RETURNED: "WITHDRAWN", PARTIALLY_APPROVED: "WITHDRAWN" },
  approve: { SUBMITTED: "APPROVED" },
  "approve-part": { SUBMITTED: "PARTIALLY_APPROVED" },
  return: { SUBMITTED: "RETURNED" },
};

const REVIEW_EVENTS: ChangeEvent[] = ["approve", "approve-part", "return"];

export type Transition = { ok: true; status: ChangeStatus } | { ok: false; reason: string };

type Change = { status: ChangeStatus; authorId: string };

function refuseActor(actor: Actor, change: Change, event: ChangeEvent): string | null {
  if (REVIEW_EVENTS.includes(event)) {
    if (!can(actor, "change:approve")) return "Only reviewers and admins review changes.";
    if (!can(actor, "change:approve", change)) return "You cannot review your own change: another reviewer must.";
    return null;
  }
  if (change.authorId !== actor.id) return "Only the change's author can do that.";
  return null;
}

export function transition(change: Change, event: ChangeEvent, actor: Actor): Transition {
  const actorProblem = refuseActor(actor, change, event);
  if (actorProblem) return { ok: false, reason: actorProblem };
  const next = STEPS[event][change.status];
  if (!next) return { ok: false, reason: `A ${STATUS_WORDS[change.status]} change cannot be ${EVENT_WORDS[event]}.` };
  return { ok: true, status: next };
}

export function isOpen(status: ChangeStatus): boolean {
  return status !== "APPROVED" && status !== "WITHDRAWN";
}

const STATUS_WORDS: Record<ChangeStatus, string> = {
  DRAFT: "draft",
  SUBMITTED: "submitted",
  RETURNED: "returned",
  APPROVED: "approved",
  PARTIALLY_APPROVED: "partly approved",
  WITHDRAWN: "withdrawn",
};

const EVENT_WORDS: Record<ChangeEvent, string> = {
  edit: "edited",
  submit: "submitted",
  withdraw: "withdrawn",
  approve: "approved",
  "approve-part": "partly approved",
  return: "returned",
};
