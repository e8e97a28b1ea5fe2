import type { Page } from "@playwright/test";
import type { Prisma } from "../lib/generated/prisma/client";
import { test, expect } from "./fixtures";
import { createPlace, createSource, db, findChange, placeContent, uniqueId } from "./factories";

type ReturnedItem = Omit<Prisma.ChangeItemCreateWithoutChangeRequestInput, "sequence" | "status">;

// A change a reviewer sent back with a comment, as lib/change-review.ts leaves it.
function createReturnedChange(author: { id: string }, title: string, items: ReturnedItem[]) {
  return db.changeRequest.create({
    data: {
      title,
      authorId: author.id,
      status: "RETURNED",
      submittedAt: new Date(),
      decidedAt: new Date(),
      items: { create: items.map((item, sequence) => ({ ...item, sequence, status: "RETURNED" as const })) },
    },
  });
}

async function reviseAndResubmit(page: Page, changeId: string, edit: () => Promise<void>, submit: string) {
  await page.goto(`/admin/changes/${changeId}`);
  await page.getByRole("link", { name: "Revise and resubmit" }).click();
  await expect(page).toHaveURL(`/admin/changes/${changeId}/edit`);
  await edit();
  await page.getByRole("button", { name: submit }).click();
  await expect(page).toHaveURL(`/admin/changes?submitted=${changeId}`);
  return findChange(changeId);
}

test("a returned new place is revised in its form and goes back to review", async ({ page, loginAs }) => {
  const editor = await loginAs("EDITOR");
  const content = placeContent({ summary: "Old summary" });
  const change = await createReturnedChange(editor, `New place: ${content.name}`, [
    { recordType: "PLACE", operation: "CREATE", ref: "place", payload: content },
  ]);
  const revised = await reviseAndResubmit(
    page,
    change.id,
    () => page.getByRole("textbox", { name: "Summary" }).fill("New summary"),
    "Submit for review",
  );
  expect(revised).toMatchObject({
    status: "SUBMITTED",
    revision: 2,
    items: [{ operation: "CREATE", payload: { ...content, summary: "New summary" } }],
  });
});

test("a returned removal stays a removal of the same place", async ({ page, loginAs }) => {
  const editor = await loginAs("EDITOR");
  const place = await createPlace();
  const content = placeContent({ name: place.name });
  const change = await createReturnedChange(editor, `Remove place: ${place.name}`, [
    { recordType: "PLACE", operation: "DELETE", recordId: place.id, baseVersion: place.version, payload: content },
  ]);
  const revised = await reviseAndResubmit(
    page,
    change.id,
    () => page.getByRole("textbox", { name: "Reason for removal" }).fill("A duplicate of the prefecture's record"),
    "Propose removal",
  );
  expect(revised).toMatchObject({ status: "SUBMITTED", items: [{ operation: "DELETE", recordId: place.id }] });
  expect(revised.comments.map((c) => c.body)).toContain("A duplicate of the prefecture's record");
});

test("a returned new source is revised in its form", async ({ page, loginAs }) => {
  const editor = await loginAs("EDITOR");
  const payload = {
    url: `https://example.org/${uniqueId()}`,
    title: "A report on a visit",
    publisher: "",
    lang: "en",
    kind: "NEWS",
    publishedOn: "",
    accessedOn: "",
    snapshot: "The delegation visited the city and signed a memorandum.",
  };
  const change = await createReturnedChange(editor, `New source: ${payload.title}`, [
    { recordType: "SOURCE", operation: "CREATE", ref: "source", payload },
  ]);
  const revised = await reviseAndResubmit(
    page,
    change.id,
    () => page.getByRole("textbox", { name: "Title" }).fill("A report on a visit, corrected"),
    "Register source",
  );
  expect(revised).toMatchObject({
    status: "SUBMITTED",
    items: [{ recordType: "SOURCE", operation: "CREATE", payload: { title: "A report on a visit, corrected" } }],
  });
});

test("a returned citation is revised in its form", async ({ page, loginAs }) => {
  const editor = await loginAs("EDITOR");
  const place = await createPlace();
  const source = await createSource({ snapshot: `${place.name} is a city by the sea, known for its port.` });
  const payload = {
    recordType: "PLACE",
    recordId: place.id,
    field: "exists",
    sourceId: source.id,
    quote: "a city by the sea",
    prefix: "",
    suffix: "",
    startOffset: null,
    assertedValue: "",
    rank: "NORMAL",
    rankReason: "",
  };
  const change = await createReturnedChange(editor, `Citation: ${place.name}`, [{ recordType: "CITATION", operation: "CREATE", payload }]);
  const revised = await reviseAndResubmit(
    page,
    change.id,
    () => page.getByRole("textbox", { name: "Quote" }).fill("known for its port"),
    "Propose citation",
  );
  expect(revised).toMatchObject({
    status: "SUBMITTED",
    items: [{ recordType: "CITATION", payload: { quote: "known for its port", recordId: place.id } }],
  });
});

// How the source wrote a date is part of the citation: a revision shows it and can correct it.
test("a returned citation of a date is revised with how the source writes the date", async ({ page, loginAs }) => {
  const editor = await loginAs("EDITOR");
  const [a, b] = [await createPlace(), await createPlace()];
  const tie = await db.tie.create({ data: a.id < b.id ? { placeAId: a.id, placeBId: b.id } : { placeAId: b.id, placeBId: a.id } });
  const event = await db.tieEvent.create({ data: { tieId: tie.id, type: "ESTABLISHED", occurredOn: "2024-06-19" } });
  const source = await createSource({ snapshot: "On June 19, the two cities signed a friendship agreement." });
  const payload = {
    recordType: "TIE_EVENT",
    recordId: event.id,
    field: "occurredOn",
    sourceId: source.id,
    quote: "On June 19",
    prefix: "",
    suffix: "",
    startOffset: null,
    assertedValue: "2024-06-19",
    notation: "19 June",
    inferredReason: "",
    rank: "NORMAL",
    rankReason: "",
  };
  const change = await createReturnedChange(editor, `Citation: ${a.name}`, [{ recordType: "CITATION", operation: "CREATE", payload }]);
  const revised = await reviseAndResubmit(
    page,
    change.id,
    async () => {
      await expect(page.getByRole("textbox", { name: "How the source writes it" })).toHaveValue("19 June");
      await page.getByRole("textbox", { name: "How the source writes it" }).fill("June 19");
      await page.getByRole("textbox", { name: "Inferred part and why" }).fill("Year inferred from the article's date");
    },
    "Propose citation",
  );
  expect(revised).toMatchObject({
    status: "SUBMITTED",
    items: [{ recordType: "CITATION", payload: { notation: "June 19", inferredReason: "Year inferred from the article's date" } }],
  });
});

test("a returned tie event is revised with the citations of its claims", async ({ page, loginAs }) => {
  const editor = await loginAs("EDITOR");
  const [a, b] = [await createPlace(), await createPlace()];
  const tie = await db.tie.create({ data: a.id < b.id ? { placeAId: a.id, placeBId: b.id } : { placeAId: b.id, placeBId: a.id } });
  const source = await createSource({ snapshot: "The two cities became sister cities in 1994 after a visit." });
  const event = { tieId: tie.id, type: "ESTABLISHED", kind: "SISTER", term: "", occurredOn: "1994", note: "" };
  const citation = {
    recordType: "TIE_EVENT",
    recordId: "ref:event",
    field: "occurredOn",
    sourceId: source.id,
    quote: "in 1994",
    prefix: "",
    suffix: "",
    startOffset: null,
    assertedValue: "1994",
    rank: "NORMAL",
    rankReason: "",
  };
  const change = await createReturnedChange(editor, "New tie event", [
    { recordType: "TIE_EVENT", operation: "CREATE", ref: "event", payload: event },
    { recordType: "CITATION", operation: "CREATE", payload: citation },
  ]);
  const revised = await reviseAndResubmit(
    page,
    change.id,
    async () => {
      await expect(page.getByRole("textbox", { name: "Date", exact: true })).toHaveValue("1994");
      await page.getByRole("textbox", { name: "Words the source used" }).fill("sister cities");
    },
    "Submit for review",
  );
  expect(revised).toMatchObject({
    status: "SUBMITTED",
    revision: 2,
    items: [
      { recordType: "TIE_EVENT", operation: "CREATE", payload: { ...event, term: "sister cities" } },
      { recordType: "CITATION", payload: { field: "occurredOn", quote: "in 1994", recordId: "ref:event" } },
    ],
  });
});

test("a change of a kind Amity cannot apply is refused with a message, not a crash", async ({ page, loginAs, loginInNewContext }) => {
  const editor = await loginAs("EDITOR");
  // User accounts are never reviewed records: a change naming one can only come from a bug
  // or a forged import.
  const change = await createReturnedChange(editor, "A user account from an old import", [
    { recordType: "USER", operation: "CREATE", payload: { title: "?" } },
  ]);
  await db.changeRequest.update({
    where: { id: change.id },
    data: { status: "SUBMITTED", items: { updateMany: { where: {}, data: { status: "PENDING" } } } },
  });
  const { page: review } = await loginInNewContext("REVIEWER");
  await review.goto(`/admin/review/${change.id}`);
  await expect(review.getByRole("alert").filter({ hasText: "cannot review or apply records of this kind (USER)" })).toBeVisible();
  await review.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(review.getByRole("alert").filter({ hasText: /^Amity cannot review or apply/ })).toHaveCount(2);
  expect(await findChange(change.id)).toMatchObject({ status: "SUBMITTED" });

  await page.goto(`/admin/changes/${change.id}/edit`);
  await expect(page.getByRole("alert").filter({ hasText: "cannot review or apply records of this kind" })).toContainText(
    "Withdraw this change and propose it again.",
  );
});

test("a returned agreement is revised in its form with its parties and passages", async ({ page, loginAs }) => {
  const editor = await loginAs("EDITOR");
  const [a, b] = [await createPlace(), await createPlace()];
  const source = await createSource({ snapshot: "The two cities signed a memorandum of understanding in 2019." });
  const agreement = {
    kind: "MEMORANDUM_OF_UNDERSTANDING",
    title: "",
    signedOn: "2019",
    venue: "",
    venuePlaceId: null,
    delegationId: null,
    eventId: null,
    parties: [a.id, b.id],
    signatories: [],
    fields: ["trade"],
    summary: "",
  };
  const citation = {
    recordType: "AGREEMENT",
    recordId: "ref:agreement",
    field: "kind",
    sourceId: source.id,
    quote: "signed a memorandum of understanding",
    prefix: "",
    suffix: "",
    startOffset: null,
    assertedValue: "",
    rank: "NORMAL",
    rankReason: "",
  };
  const change = await createReturnedChange(editor, "New agreement", [
    { recordType: "AGREEMENT", operation: "CREATE", ref: "agreement", payload: agreement },
    { recordType: "CITATION", operation: "CREATE", payload: citation },
  ]);
  const revised = await reviseAndResubmit(
    page,
    change.id,
    async () => {
      await expect(page.getByRole("combobox", { name: "Party 2", exact: true })).toHaveValue(b.name);
      await expect(page.getByRole("textbox", { name: "Passage supporting the kind of agreement" })).toHaveValue(citation.quote);
      await page.getByRole("textbox", { name: "Summary" }).fill("On trade fairs.");
    },
    "Submit for review",
  );
  expect(revised).toMatchObject({
    status: "SUBMITTED",
    revision: 2,
    items: [
      { recordType: "AGREEMENT", operation: "CREATE", ref: "agreement", payload: { ...agreement, summary: "On trade fairs." } },
      { recordType: "CITATION", payload: { field: "kind", quote: citation.quote, recordId: "ref:agreement" } },
    ],
  });
});
