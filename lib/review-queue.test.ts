import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { decisionNotice } from "@/lib/review-queue";
import type { ChangeStatus } from "@/lib/generated/prisma/enums";

const reviewer = { id: "", role: "REVIEWER" as const };
const editor = { id: "", role: "EDITOR" as const };

beforeAll(async () => {
  editor.id = (await createTestUser("EDITOR", "editor")).id;
  reviewer.id = (await createTestUser("REVIEWER", "reviewer")).id;
});

async function changeThatIs(status: ChangeStatus) {
  const change = await prisma.changeRequest.create({ data: { title: "New place: Suwon", authorId: editor.id, status } });
  return change.id;
}

describe("the review queue after a decision", () => {
  it("says what was decided on the change, by its title", async () => {
    expect(await decisionNotice(reviewer, await changeThatIs("APPROVED"))).toBe("Approved: “New place: Suwon”.");
    expect(await decisionNotice(reviewer, await changeThatIs("PARTIALLY_APPROVED"))).toBe(
      "Approved in part: “New place: Suwon”. The rest went back to its author.",
    );
    expect(await decisionNotice(reviewer, await changeThatIs("RETURNED"))).toBe("Sent back to its author: “New place: Suwon”.");
  });

  it("says nothing of a change not decided, one that does not exist, or to an editor", async () => {
    expect(await decisionNotice(reviewer, await changeThatIs("SUBMITTED"))).toBeNull();
    expect(await decisionNotice(reviewer, "no-such-change")).toBeNull();
    expect(await decisionNotice(editor, await changeThatIs("APPROVED"))).toBeNull();
  });
});
