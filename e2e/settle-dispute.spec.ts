import { test, expect } from "./fixtures";
import { createAgreement, createCitation, createPlace, createSource, uniqueId } from "./factories";

test("a reviewer settles a date two sources disagree on; a second reviewer approves and the page shows both, with the reason", async ({
  page,
  loginInNewContext,
}) => {
  const place = await createPlace({ country: "JP", level: "CITY" });
  const partner = await createPlace({ country: "KR", level: "CITY" });
  const agreement = await createAgreement({ parties: [place, partner], title: `Harbour memorandum ${uniqueId()}`, signedOn: "2024" });
  const may = await createSource({
    title: `Evening paper ${uniqueId()}`,
    snapshot: "City news. The memorandum was signed on 19 May 2024 at the city hall.",
  });
  const june = await createSource({
    title: `Official gazette ${uniqueId()}`,
    snapshot: "Notices. The memorandum was signed on 19 June 2024 by both mayors.",
  });
  const claim = { recordType: "AGREEMENT" as const, recordId: agreement.id, field: "signedOn" };
  await createCitation({ ...claim, sourceId: may.id, quote: "signed on 19 May 2024", assertedValue: "2024-05-19" });
  await createCitation({ ...claim, sourceId: june.id, quote: "signed on 19 June 2024", assertedValue: "2024-06-19" });

  await page.goto(`/places/${place.slug}`);
  const agreements = page.getByRole("region", { name: "Agreements" });
  await expect(agreements.getByRole("listitem")).toContainText("signed 2024");
  await expect(agreements.getByRole("listitem")).toContainText("sources differ: 19 May 2024 / 19 June 2024");

  const { page: review } = await loginInNewContext("REVIEWER");
  await review.goto("/admin/coverage");
  await review
    .getByRole("link", { name: "Settle" })
    .and(review.locator(`[href*="recordId=${agreement.id}"]`))
    .click();
  await expect(review.getByRole("heading", { level: 1 })).toHaveText(`${agreement.title} · Date signed`);
  const settle = review.getByRole("form", { name: "Settle the dispute" });
  await settle.getByRole("group", { name: "Preferred value" }).getByRole("radio", { name: "19 June 2024" }).check();
  const reason = "The gazette prints the signing ceremony's official record";
  await settle.getByLabel("Reason").fill(reason);
  await settle.getByRole("button", { name: "Propose settlement" }).click();
  await expect(review).toHaveURL(/\/admin\/changes\?submitted=/);
  const changeId = new URL(review.url()).searchParams.get("submitted")!;

  await review.goto(`/admin/review/${changeId}`);
  await expect(review.getByRole("note")).toHaveText("This is your own change: another reviewer must decide on it.");
  await expect(review.getByRole("button", { name: "Approve", exact: true })).toHaveCount(0);

  const { page: second } = await loginInNewContext("REVIEWER");
  await second.goto(`/admin/review/${changeId}`);
  await second.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(second).toHaveURL(`/admin/review?decided=${changeId}`);

  await page.reload();
  const entry = agreements.getByRole("listitem");
  await expect(entry).toContainText("signed 19 June 2024");
  await expect(entry).toContainText(`sources differ: also 19 May 2024 (not preferred: ${reason})`);
  await expect(entry.getByRole("link", { name: /^Source \d+$/ })).toHaveText(["[1]", "[2]"]);
  const notes = page.getByRole("list", { name: "Footnotes" }).getByRole("listitem");
  await expect(notes).toHaveCount(2);
  await expect(notes.nth(0)).toContainText(may.title);
  await expect(notes.nth(0)).toContainText("states 19 May 2024");
  await expect(notes.nth(0)).toContainText(`not preferred: ${reason}`);
  await expect(notes.nth(0)).toContainText("“signed on 19 May 2024”");
  await expect(notes.nth(1)).toContainText(june.title);
  await expect(notes.nth(1)).toContainText("states 19 June 2024");
  await expect(notes.nth(1)).not.toContainText("not preferred");
});

test("a reviewer who opens the disputes address without a claim is taken to the list of disputed claims", async ({ page, loginAs }) => {
  await loginAs("REVIEWER");

  await page.goto("/admin/disputes");

  await expect(page).toHaveURL("/admin/coverage#disputed");
  await expect(page.getByRole("heading", { name: "Disputed claims" })).toBeVisible();
});
