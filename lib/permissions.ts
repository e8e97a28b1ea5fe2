import type { Role } from "@/lib/generated/prisma/enums";

// Who may do what. Pure, so the server enforces it and the UI uses the same answer to
// hide what a user cannot do. Server-side callers pass the user loaded from the database.
export type Actor = { id: string; role: Role };

export type Action =
  | "change:propose" // create drafts and submit them for review
  | "change:review" // see the review queue, comment
  | "change:approve" // approve or return a change (never one's own)
  | "change:withdraw" // withdraw one's own submitted change
  | "users:manage"
  | "audit:view"
  | "coverage:view";

type Target = { authorId: string };

const ROLE_ACTIONS: Record<Role, Action[]> = {
  EDITOR: ["change:propose", "change:withdraw"],
  REVIEWER: ["change:propose", "change:withdraw", "change:review", "change:approve", "coverage:view"],
  ADMIN: ["change:propose", "change:withdraw", "change:review", "change:approve", "users:manage", "audit:view", "coverage:view"],
};

export function can(actor: Actor | null | undefined, action: Action, target?: Target): boolean {
  if (!actor || !(ROLE_ACTIONS[actor.role] ?? []).includes(action)) return false;
  // Four-eyes: nobody approves their own change; only its author withdraws it.
  if (action === "change:approve" && target) return target.authorId !== actor.id;
  if (action === "change:withdraw" && target) return target.authorId === actor.id;
  return true;
}

export const ROLE_LABELS: Record<Role, string> = {
  EDITOR: "Editor",
  REVIEWER: "Reviewer",
  ADMIN: "Admin",
};

// Thrown by lib/ functions when a caller lacks the role: a forged request, since the UI
// never offers the step. Expected refusals (four-eyes, stale versions) are returned instead.
export class PermissionDenied extends Error {}
