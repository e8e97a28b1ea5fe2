import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { describeAuditDetail } from "@/lib/audit-detail";
import { listAuditEvents } from "@/lib/audit-log";

describe("describeAuditDetail", () => {
  it("words each kind of detail the app records, never as JSON", () => {
    expect(describeAuditDetail({ from: "EDITOR", to: "REVIEWER" })).toEqual([{ label: "Role", text: "Editor → Reviewer" }]);
    expect(describeAuditDetail({ email: "x@test", role: "ADMIN", via: "console" })).toEqual([
      { label: "Email", text: "x@test" },
      { label: "Role", text: "Admin" },
      { label: "Created", text: "from the server’s console" },
    ]);
    expect(describeAuditDetail({ email: "x@test", reason: "disabled" })).toEqual([
      { label: "Email", text: "x@test" },
      { label: "Refused because", text: "the account is disabled" },
    ]);
    expect(describeAuditDetail({ email: "x@test", address: "10.0.0.1", scope: "account", retryAfterSeconds: 900 })).toEqual([
      { label: "Email", text: "x@test" },
      { label: "Locked", text: "this account from every address for 15 minutes" },
      { label: "Address", text: "10.0.0.1" },
    ]);
    expect(describeAuditDetail({ partial: true, items: ["a", "b"] })).toEqual([
      { label: "Approved", text: "in part: 2 of its parts; the rest went back to the author" },
    ]);
    expect(describeAuditDetail({ partial: false, items: ["a"] })).toEqual([{ label: "Approved", text: "as a whole" }]);
    expect(describeAuditDetail({ title: "New place: Nara", resubmitted: true })).toEqual([
      { label: "Submitted", text: "again, after revision" },
    ]);
    expect(describeAuditDetail(null)).toEqual([]);
  });

  it("shows the plain values of a detail it does not know, under their keys", () => {
    expect(describeAuditDetail({ partial: "yes", nested: { a: 1 } })).toEqual([{ label: "partial", text: "yes" }]);
  });
});

describe("listAuditEvents names what each event is about", () => {
  let admin: { id: string; role: Role };
  let changeId: string;
  let placeId: string;

  beforeAll(async () => {
    admin = await createTestUser("ADMIN", "Ada Admin");
    const editor = await createTestUser("EDITOR", "Eddie Editor");
    const change = await prisma.changeRequest.create({
      data: { title: "Edit place: Nara", authorId: editor.id, status: "RETURNED" },
    });
    changeId = change.id;
    const place = await prisma.place.create({ data: { slug: "nara-audit", name: "Nara", country: "JP", level: "CITY" } });
    placeId = place.id;
    await prisma.auditEvent.createMany({
      data: [
        {
          actorId: admin.id,
          action: "change.returned",
          targetType: "CHANGE_REQUEST",
          targetId: changeId,
          detail: { comment: "Cite the founding date." },
        },
        {
          actorId: editor.id,
          action: "revision.restored",
          targetType: "PLACE",
          targetId: placeId,
          detail: { version: 2, changeRequestId: changeId },
        },
        { actorId: editor.id, action: "change.submitted", targetType: "CHANGE_REQUEST", targetId: "gone", detail: { title: "Old change" } },
      ],
    });
  });

  it("names changes by title, linked to their page, and records by title, with no ids in the words", async () => {
    const { events } = await listAuditEvents(admin, {});
    const byAction = Object.fromEntries(events.map((event) => [event.action, event]));

    expect(byAction["change.returned"]).toMatchObject({
      actor: { name: "Ada Admin" },
      actionLabel: "Change returned",
      target: { kind: "Change", name: "Edit place: Nara", href: `/admin/review/${changeId}` },
      details: [{ label: "Comment", text: "Cite the founding date." }],
    });
    expect(byAction["revision.restored"]).toMatchObject({
      actor: { name: "Eddie Editor" },
      target: { kind: "Place", name: "Nara" },
      details: [
        { label: "Version restored", text: "version 2" },
        { label: "Proposed as", text: "Edit place: Nara", href: `/admin/review/${changeId}` },
      ],
    });
    expect(byAction["change.submitted"].target).toEqual({ kind: "Change", name: "Old change" });
    const words = events.flatMap((event) => [event.target?.name, ...event.details.map((line) => line.text)]);
    expect(words.join(" ")).not.toMatch(new RegExp(`${changeId}|${placeId}|[{}]`));
  });
});
