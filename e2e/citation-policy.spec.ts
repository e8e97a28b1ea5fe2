import { test, expect } from "./fixtures";
import { createPlace, createSource, db, findChange } from "./factories";
import { pickRecord } from "./pick";
import { selectPassage } from "./cite";

// A tie event's kind and date are key claims: a change that leaves them uncited is refused
// with the list of what is missing; the same change with citations goes through.
async function proposeTieEvent(authorId: string, citations: { field: string; quote: string; value: string }[] = []) {
  const [a, b] = await Promise.all([createPlace({ country: "CN" }), createPlace({ country: "KR" })]);
  const [placeAId, placeBId] = [a.id, b.id].sort();
  const tie = await db.tie.create({ data: { placeAId, placeBId } });
  const snapshot = "The two districts officially became sister cities in 2007.";
  const source = await createSource({ snapshot });
  const event = { tieId: tie.id, type: "ESTABLISHED", kind: "SISTER", term: "sister cities", occurredOn: "2007", note: "" };
  const change = await db.changeRequest.create({
    data: {
      title: `Tie event for ${a.name}`,
      authorId,
      status: "SUBMITTED",
      submittedAt: new Date(),
      items: {
        create: [
          { sequence: 0, recordType: "TIE_EVENT", operation: "CREATE", ref: "event", payload: event },
          ...citations.map((c, i) => ({
            sequence: i + 1,
            recordType: "CITATION" as const,
            operation: "CREATE" as const,
            payload: {
              recordType: "TIE_EVENT",
              recordId: "ref:event",
              field: c.field,
              sourceId: source.id,
              quote: c.quote,
              prefix: "",
              suffix: "",
              startOffset: null,
              assertedValue: c.value,
              rank: "NORMAL",
              rankReason: "",
            },
          })),
        ],
      },
    },
  });
  return { change, tie, places: [a, b] };
}

test("approval of a tie event with uncited key claims is refused with the list of what is missing", async ({ page, loginAs }) => {
  const editor = await loginAs("EDITOR");
  await page.context().clearCookies();
  await loginAs("REVIEWER");
  const { change, tie } = await proposeTieEvent(editor.id);

  await page.goto(`/admin/review/${change.id}`);
  const keyClaims = page.getByRole("list", { name: "Key claims" });
  await expect(keyClaims.getByRole("listitem")).toHaveText(["Kind of tie from then on: not cited", "Date: not cited"]);
  await page.getByRole("button", { name: "Approve", exact: true }).click();

  const refusal = page.getByRole("alert").filter({ hasText: "Cite these key claims" });
  await expect(refusal).toContainText("Kind of tie from then on");
  await expect(refusal).toContainText("Date");
  expect((await findChange(change.id))?.status).toBe("SUBMITTED");
  expect(await db.tieEvent.count({ where: { tieId: tie.id } })).toBe(0);
});

test("the same tie event with its citations in the change is approved and footnoted on both places", async ({ page, loginAs }) => {
  const editor = await loginAs("EDITOR");
  await page.context().clearCookies();
  await loginAs("REVIEWER");
  const { change, places } = await proposeTieEvent(editor.id, [
    { field: "kind", quote: "officially became sister cities", value: "SISTER" },
    { field: "occurredOn", quote: "sister cities in 2007", value: "2007" },
  ]);

  await page.goto(`/admin/review/${change.id}`);
  await expect(page.getByRole("list", { name: "Key claims" }).getByRole("listitem")).toHaveText([
    "Kind of tie from then on: cited",
    "Date: cited",
  ]);
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page).toHaveURL(`/admin/review?decided=${change.id}`);

  for (const place of places) {
    await page.goto(`/places/${place.slug}`);
    const history = page.getByRole("list", { name: /History of the tie/ });
    await expect(history).toContainText("2007");
    await expect(history).toContainText("Established as sister tie");
    await expect(page.getByRole("list", { name: "Footnotes" })).toContainText("officially became sister cities");
  }
});

test("an editor adds a tie event citing only its date; the reviewer's approval lists the uncited kind", async ({
  page,
  loginAs,
  loginInNewContext,
}) => {
  await loginAs("EDITOR");
  const [a, b] = await Promise.all([createPlace({ country: "CN" }), createPlace({ country: "JP" })]);
  const [placeAId, placeBId] = [a.id, b.id].sort();
  await db.tie.create({ data: { placeAId, placeBId } });
  const source = await createSource({ snapshot: "The two cities renewed their friendship agreement in 2019." });

  await page.goto(`/admin/places/${a.id}/edit`);
  await page.getByRole("link", { name: `Add an event to the tie with ${b.name}` }).click();
  await page.getByLabel("What happened").selectOption({ label: "Renewed" });
  await page.getByLabel("Kind of tie from then on").selectOption({ label: "Friendship (sister) tie" });
  await page.getByLabel("Date", { exact: true }).fill("2019");
  await pickRecord(page, "Source for the date", source.title);
  await selectPassage(page, "the date", source.title, "renewed their friendship agreement in 2019");
  await page.getByLabel("Value the source states for the date").fill("2019");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(/\/admin\/changes\?submitted=/);
  const changeId = new URL(page.url()).searchParams.get("submitted")!;

  const { page: review } = await loginInNewContext("REVIEWER");
  await review.goto(`/admin/review/${changeId}`);
  await expect(review.getByRole("list", { name: "Key claims" }).getByRole("listitem")).toHaveText([
    "Kind of tie from then on: not cited",
    "Date: cited",
  ]);
  await review.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(review.getByRole("alert").filter({ hasText: "Cite these key claims" })).toContainText("Kind of tie from then on");
  expect((await findChange(changeId))?.status).toBe("SUBMITTED");
});
