import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { approveChange, commentOnChange, returnChange } from "@/lib/change-review";
import { proposePlace } from "@/lib/place";
import { emptyPlace, type PlaceInput } from "@/lib/place-schema";
import { countAwaiting, listAwaiting } from "@/lib/awaiting";
import { getChangeDetail } from "@/lib/change-detail";

type TestActor = { id: string; role: Role };

const place = (name: string, extra: Partial<PlaceInput> = {}): PlaceInput => ({
  ...emptyPlace(),
  name,
  country: "JP",
  level: "CITY",
  names: [{ text: `${name}市`, lang: "ja", kind: "NATIVE" }],
  ...extra,
});

async function propose(author: TestActor, input: PlaceInput, { submit = true, placeId }: { submit?: boolean; placeId?: string } = {}) {
  const result = await proposePlace(author, input, { placeId }, submit);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data!.id;
}

async function itemOf(changeId: string) {
  return prisma.changeItem.findFirstOrThrow({ where: { changeRequestId: changeId } });
}

let reviewer: TestActor;
let otherReviewer: TestActor;

beforeAll(async () => {
  reviewer = await createTestUser("REVIEWER", "Rita Reviewer");
  otherReviewer = await createTestUser("REVIEWER", "Otto Reviewer");
});

describe("countAwaiting", () => {
  it("counts an author's returned changes (in whole or in part) and drafts, and only others' changes for review", async () => {
    const editor = await createTestUser("EDITOR", "counted-editor");
    const returned = await propose(editor, place("Returnville"));
    await returnChange(reviewer, returned, { seenRevision: 1, comment: "Cite it." });
    const nara = await propose(editor, place("Naraville", { summary: "Old." }));
    await approveChange(reviewer, nara, "all", { seenRevision: 1 });
    const naraId = (await prisma.place.findFirstOrThrow({ where: { name: "Naraville" } })).id;
    const partly = await propose(editor, place("Naraville Onsen", { summary: "New." }), { placeId: naraId });
    const partlyItem = await itemOf(partly);
    await approveChange(reviewer, partly, { [partlyItem.id]: ["summary"] }, { seenRevision: 1, comment: "Keep the name." });
    await propose(editor, place("Draftville"), { submit: false });
    await propose(editor, place("Draftburg"), { submit: false });
    await propose(editor, place("Waitington"));
    const reviewersOwn = await propose(reviewer, place("Ownton"));

    expect(await countAwaiting(editor)).toEqual({ returned: 2, drafts: 2, toReview: 0 });
    const forReviewer = await countAwaiting(reviewer);
    const forOther = await countAwaiting(otherReviewer);
    expect(forOther.toReview).toBe(forReviewer.toReview + 1);
    expect(forReviewer).toMatchObject({ returned: 0, drafts: 0 });
    await approveChange(otherReviewer, reviewersOwn, "all", { seenRevision: 1 });
    expect((await countAwaiting(otherReviewer)).toReview).toBe(forOther.toReview - 1);
  });
});

describe("listAwaiting", () => {
  it("lists a returned change with the reviewer's comments of its last round, each with its field's label", async () => {
    const editor = await createTestUser("EDITOR", "listed-editor");
    const changeId = await propose(editor, place("Kyotoville"));
    const item = await itemOf(changeId);
    await returnChange(reviewer, changeId, { seenRevision: 1, comment: "First round." });
    // The author revises and resubmits: the first round's comments are answered.
    const revised = await proposePlace(editor, place("Kyotoville", { summary: "An old capital." }), { changeId }, true);
    expect(revised.ok).toBe(true);
    const current = await prisma.changeRequest.findUniqueOrThrow({ where: { id: changeId } });
    const newItem = await prisma.changeItem.findFirstOrThrow({ where: { changeRequestId: changeId, status: "PENDING" } });
    await commentOnChange(editor, changeId, "I added a summary.");
    await returnChange(reviewer, changeId, {
      seenRevision: current.revision,
      comment: "Nearly there.",
      fieldComments: [{ itemId: newItem.id, field: "summary", body: "Say which prefecture." }],
    });

    const { counts, returned } = await listAwaiting(editor);
    expect(counts.returned).toBe(1);
    expect(returned).toEqual([
      expect.objectContaining({
        id: changeId,
        reviewer: { name: "Rita Reviewer" },
        notes: [
          expect.objectContaining({ author: "Rita Reviewer", body: "Nearly there.", field: null, fieldLabel: null }),
          expect.objectContaining({ author: "Rita Reviewer", body: "Say which prefecture.", field: "summary", fieldLabel: "Summary" }),
        ],
      }),
    ]);
    expect(item.id).not.toBe(newItem.id);
    const detail = await getChangeDetail(editor, changeId);
    expect(detail?.notes.map((note) => note.body)).toEqual(["Nearly there.", "Say which prefecture."]);
  });

  it("lists drafts, and for a reviewer the oldest changes by others awaiting review", async () => {
    const editor = await createTestUser("EDITOR", "drafting-editor");
    const draft = await propose(editor, place("Sketchville"), { submit: false });
    const submitted = await propose(editor, place("Queueville"));

    const forEditor = await listAwaiting(editor);
    expect(forEditor.drafts.map((d) => d.id)).toEqual([draft]);
    expect(forEditor.toReview).toEqual([]);
    const forReviewer = await listAwaiting(otherReviewer);
    expect(forReviewer.toReview.length).toBeLessThanOrEqual(5);
    expect(forReviewer.counts.toReview).toBeGreaterThanOrEqual(forReviewer.toReview.length);
    const reviewQueue = await prisma.changeRequest.findMany({
      where: { status: "SUBMITTED", authorId: { not: otherReviewer.id } },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take: 5,
    });
    expect(forReviewer.toReview.map((c) => c.id)).toEqual(reviewQueue.map((c) => c.id));
    expect(reviewQueue.length === 5 || forReviewer.toReview.some((c) => c.id === submitted)).toBe(true);
  });
});

describe("getChangeDetail", () => {
  it("shows an approved edit as its reviewer saw it: the version it replaced against the one it published", async () => {
    const editor = await createTestUser("EDITOR", "history-editor");
    const first = await propose(editor, place("Diffville", { summary: "Before." }));
    await approveChange(reviewer, first, "all", { seenRevision: 1 });
    const placeId = (await prisma.place.findFirstOrThrow({ where: { name: "Diffville" } })).id;
    const edit = await propose(editor, place("Diffville", { summary: "After." }), { placeId });
    await approveChange(reviewer, edit, "all", { seenRevision: 1 });

    const detail = await getChangeDetail(editor, edit);
    const summary = detail?.items[0].diff.find((row) => row.field === "summary");
    expect(summary).toMatchObject({ before: "Before.", after: "After.", isChanged: true });
    const created = await getChangeDetail(editor, first);
    expect(created?.items[0].diff.find((row) => row.field === "summary")).toMatchObject({ before: undefined, after: "Before." });
  });
});
