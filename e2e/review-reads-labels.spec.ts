import { test, expect } from "./fixtures";
import { createPlace, createSource, db } from "./factories";

// A reviewer reads a tie event and its citation in words: the labels of each kind's
// description, never stored codes (ESTABLISHED, occurredOn, ref:event).
test("the review of a new tie event shows labels, not codes", async ({ loginAs, loginInNewContext }) => {
  const editor = await loginAs("EDITOR");
  const [a, b] = [await createPlace(), await createPlace()];
  const tie = await db.tie.create({ data: a.id < b.id ? { placeAId: a.id, placeBId: b.id } : { placeAId: b.id, placeBId: a.id } });
  const source = await createSource({ snapshot: "The two cities have kept an informal tie since 1994." });
  const event = { tieId: tie.id, type: "ESTABLISHED", kind: "OTHER", term: "", occurredOn: "1994", note: "" };
  const citation = {
    recordType: "TIE_EVENT",
    recordId: "ref:event",
    field: "occurredOn",
    sourceId: source.id,
    quote: "since 1994",
    prefix: "",
    suffix: "",
    startOffset: null,
    assertedValue: "1994",
    rank: "NORMAL",
    rankReason: "",
  };
  const change = await db.changeRequest.create({
    data: {
      title: "New tie event",
      authorId: editor.id,
      status: "SUBMITTED",
      submittedAt: new Date(),
      items: {
        create: [
          { sequence: 0, recordType: "TIE_EVENT", operation: "CREATE", ref: "event", payload: event },
          { sequence: 1, recordType: "CITATION", operation: "CREATE", payload: citation },
        ],
      },
    },
  });
  const { page: review } = await loginInNewContext("REVIEWER");
  await review.goto(`/admin/review/${change.id}`);
  const main = review.getByRole("main");
  await expect(main.getByRole("row", { name: "Event", exact: true })).toContainText("Established");
  await expect(main.getByRole("row", { name: "Kind of tie from then on" })).toContainText("Other tie");
  await expect(main.getByRole("row", { name: "Claim", exact: true })).toContainText("Date");
  await expect(main.getByRole("row", { name: "Record type" })).toContainText("Tie event");
  await expect(main.getByRole("row", { name: "Record", exact: true })).toContainText("Established, 1994 (new in this change)");
  for (const code of ["ESTABLISHED", "occurredOn", "ref:event", "TIE_EVENT", "Agreement"]) await expect(main).not.toContainText(code);
});
