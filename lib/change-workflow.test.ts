import { describe, expect, it } from "vitest";
import type { ChangeStatus } from "@/lib/generated/prisma/enums";
import { transition, type ChangeEvent } from "@/lib/change-workflow";

const author = { id: "author", role: "EDITOR" as const };
const reviewer = { id: "reviewer", role: "REVIEWER" as const };
const otherEditor = { id: "other", role: "EDITOR" as const };

const ALL_STATUSES: ChangeStatus[] = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "PARTIALLY_APPROVED", "WITHDRAWN"];

// Every allowed step; every (status, event) pair not listed here must be refused.
const ALLOWED: [ChangeStatus, ChangeEvent, ChangeStatus][] = [
  ["DRAFT", "edit", "DRAFT"],
  ["SUBMITTED", "edit", "DRAFT"],
  ["SUBMITTED", "submit", "SUBMITTED"],
  ["RETURNED", "edit", "RETURNED"],
  ["PARTIALLY_APPROVED", "edit", "PARTIALLY_APPROVED"],
  ["DRAFT", "submit", "SUBMITTED"],
  ["RETURNED", "submit", "SUBMITTED"],
  ["PARTIALLY_APPROVED", "submit", "SUBMITTED"],
  ["DRAFT", "withdraw", "WITHDRAWN"],
  ["SUBMITTED", "withdraw", "WITHDRAWN"],
  ["RETURNED", "withdraw", "WITHDRAWN"],
  ["PARTIALLY_APPROVED", "withdraw", "WITHDRAWN"],
  ["SUBMITTED", "approve", "APPROVED"],
  ["SUBMITTED", "approve-part", "PARTIALLY_APPROVED"],
  ["SUBMITTED", "return", "RETURNED"],
];

const REVIEW_EVENTS: ChangeEvent[] = ["approve", "approve-part", "return"];
const AUTHOR_EVENTS: ChangeEvent[] = ["edit", "submit", "withdraw"];

const actorFor = (event: ChangeEvent) => (REVIEW_EVENTS.includes(event) ? reviewer : author);

describe("change workflow", () => {
  for (const status of ALL_STATUSES) {
    for (const event of [...AUTHOR_EVENTS, ...REVIEW_EVENTS]) {
      const allowed = ALLOWED.find(([from, on]) => from === status && on === event);
      it(`${allowed ? "allows" : "refuses"} ${event} on a ${status} change`, () => {
        const result = transition({ status, authorId: author.id }, event, actorFor(event));
        expect(result).toEqual(allowed ? { ok: true, status: allowed[2] } : { ok: false, reason: expect.any(String) });
      });
    }
  }

  it("refuses a reviewer approving their own change, whatever its status", () => {
    for (const event of REVIEW_EVENTS) {
      const result = transition({ status: "SUBMITTED", authorId: reviewer.id }, event, reviewer);
      expect(result).toEqual({ ok: false, reason: expect.stringMatching(/your own/) });
    }
  });

  it("refuses editors any review step", () => {
    for (const event of REVIEW_EVENTS) {
      expect(transition({ status: "SUBMITTED", authorId: author.id }, event, otherEditor).ok).toBe(false);
    }
  });

  it("lets only the author edit, submit or withdraw", () => {
    for (const event of AUTHOR_EVENTS) {
      expect(transition({ status: "DRAFT", authorId: author.id }, event, otherEditor).ok).toBe(false);
      expect(transition({ status: "DRAFT", authorId: author.id }, event, reviewer).ok).toBe(false);
    }
  });
});
