import { test, expect } from "./fixtures";
import { createPlace, createSource, createTie, uniqueId } from "./factories";
import { pickRecord } from "./pick";
import { selectPassage } from "./cite";
import { tiePath } from "@/lib/tie-path";

// A tie's history is edited an event at a time: a wrong date corrected with its passage, a
// duplicate event taken out; each through review, and the public timeline follows.
test("an editor corrects an event's date citing the passage and removes a duplicate event; after approval the tie page shows the corrected history", async ({
  page,
  loginAs,
  loginInNewContext,
}) => {
  const suffix = uniqueId();
  const [a, b] = await Promise.all([
    createPlace({ name: `Eastport ${suffix}`, country: "CN" }),
    createPlace({ name: `Westbay ${suffix}`, country: "JP" }),
  ]);
  const tie = await createTie({
    places: [a, b],
    events: [
      { type: "ESTABLISHED", kind: "FRIENDSHIP", occurredOn: "1983" },
      { type: "RENEWAL", occurredOn: "2013" },
      { type: "RENEWAL", occurredOn: "2013" },
    ],
  });
  const source = await createSource({
    title: `City yearbook ${suffix}`,
    snapshot: `${a.name} and ${b.name} became friendship cities on 5 May 1982 and renewed the tie in 2013.`,
  });
  const duplicate = tie.events[2];

  await loginAs("EDITOR");
  await page.goto(`/admin/places/${a.id}/edit`);
  await page.getByRole("link", { name: `Events of the tie with ${b.name}` }).click();
  await expect(page.getByRole("list", { name: "History so far" }).getByRole("listitem")).toHaveCount(3);
  await page.getByRole("link", { name: "Edit 1983: Established" }).click();
  await expect(page.getByRole("textbox", { name: "Date", exact: true })).toHaveValue("1983");
  await page.getByRole("textbox", { name: "Date", exact: true }).fill("1982-05-05");
  // The kind was never cited: an edit of the event is where that is made good.
  await pickRecord(page, "Source for the kind of tie", source.title);
  await selectPassage(page, "the kind of tie", source.title, "became friendship cities");
  await pickRecord(page, "Source for the date", source.title);
  await selectPassage(page, "the date", source.title, "5 May 1982");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(/\/admin\/changes\?submitted=/);
  const editId = new URL(page.url()).searchParams.get("submitted")!;

  await page.goto(`/admin/ties/${tie.id}/events/${duplicate.id}/edit`);
  await page.getByRole("button", { name: "Propose removal" }).click();
  await expect(page.getByText("Say why this event should be removed")).toBeVisible();
  await page.getByLabel("Reason for removal").fill("The 2013 renewal is recorded twice");
  await page.getByRole("button", { name: "Propose removal" }).click();
  await expect(page).toHaveURL(/\/admin\/changes\?submitted=/);
  const removalId = new URL(page.url()).searchParams.get("submitted")!;

  const { page: review } = await loginInNewContext("REVIEWER");
  await review.goto(`/admin/review/${editId}`);
  await expect(review.getByRole("heading", { level: 1 })).toContainText("Edit tie event");
  await expect(review.getByRole("list", { name: "Key claims" }).getByRole("listitem")).toHaveText([
    "Kind of tie from then on: cited",
    "Date: cited",
  ]);
  await review.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(review).toHaveURL(`/admin/review?decided=${editId}`);
  // The tie is one timeline with one version: the approved edit leaves the removal, prepared
  // on the version before, to be brought up to date by its author before it can be approved.
  await review.goto(`/admin/review/${removalId}`);
  await expect(review.getByText("The 2013 renewal is recorded twice")).toBeVisible();
  await expect(review.getByText(/changed since the change was prepared/).first()).toBeVisible();
  await page.goto(`/admin/changes/${removalId}`);
  await page.getByRole("link", { name: "Revise and resubmit" }).click();
  await page.getByLabel("Reason for removal").fill("Recorded twice; the first 2013 renewal stays");
  await page.getByRole("button", { name: "Propose removal" }).click();
  await expect(page).toHaveURL(/\/admin\/changes\?submitted=/);
  await review.reload();
  await expect(review.getByText(/changed since the change was prepared/)).toHaveCount(0);
  await review.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(review).toHaveURL(`/admin/review?decided=${removalId}`);

  await page.goto(tiePath(tie.placeA.slug, tie.placeB.slug));
  const timeline = page.getByRole("list", { name: /^History of the tie between/ });
  await expect(timeline.getByRole("listitem")).toHaveText([
    /^5 May 1982\[\d\]: Established as friendship \(sister\) tie\[\d\]$/,
    /^2013: Renewed/,
  ]);
  await expect(page.getByRole("list", { name: "Footnotes" })).toContainText("5 May 1982");
});
