import { describe, expect, it } from "vitest";
import { can, type Action } from "@/lib/permissions";

const editor = { id: "e1", role: "EDITOR" as const };
const reviewer = { id: "r1", role: "REVIEWER" as const };
const admin = { id: "a1", role: "ADMIN" as const };

describe("can", () => {
  it("refuses everything to an anonymous visitor", () => {
    const actions: Action[] = ["change:propose", "change:review", "change:approve", "users:manage", "audit:view"];
    for (const action of actions) expect(can(null, action)).toBe(false);
  });

  it("lets every role propose changes", () => {
    for (const actor of [editor, reviewer, admin]) expect(can(actor, "change:propose")).toBe(true);
  });

  it("lets only reviewers and admins approve", () => {
    const change = { authorId: "someone-else" };
    expect(can(editor, "change:approve", change)).toBe(false);
    expect(can(reviewer, "change:approve", change)).toBe(true);
    expect(can(admin, "change:approve", change)).toBe(true);
  });

  it("never lets anyone approve their own change (four-eyes)", () => {
    expect(can(reviewer, "change:approve", { authorId: reviewer.id })).toBe(false);
    expect(can(admin, "change:approve", { authorId: admin.id })).toBe(false);
  });

  it("lets only the author withdraw a change", () => {
    expect(can(editor, "change:withdraw", { authorId: editor.id })).toBe(true);
    expect(can(admin, "change:withdraw", { authorId: editor.id })).toBe(false);
  });

  it("keeps user management and the audit log to admins", () => {
    expect(can(reviewer, "users:manage")).toBe(false);
    expect(can(reviewer, "audit:view")).toBe(false);
    expect(can(admin, "users:manage")).toBe(true);
    expect(can(admin, "audit:view")).toBe(true);
  });
});
