import { test, expect } from "./fixtures";
import { createPlace, createSource, uniqueId } from "./factories";
import { pickRecord } from "./pick";
import { selectPassage } from "./cite";

test("an editor creates a tie with its first event, citing kind and date by selecting passages; once approved it is public", async ({
  page,
  loginAs,
  loginInNewContext,
}) => {
  const suffix = uniqueId();
  const suwon = await createPlace({ name: `Suwonville ${suffix}`, country: "KR", names: [{ text: `수원시${suffix}`, lang: "ko" }] });
  const asahikawa = await createPlace({ name: `Asahiville ${suffix}`, country: "JP" });
  const source = await createSource({
    title: `Suwon city news ${suffix}`,
    snapshot: `${suwon.name} and ${asahikawa.name} signed a sister city agreement on 9 October 1989, and have exchanged delegations since.`,
  });

  await loginAs("EDITOR");
  await page.goto("/admin/ties/new");
  await pickRecord(page, "Place", suwon.name);
  await pickRecord(page, "Partner place", asahikawa.name);
  await page.getByLabel("What happened").selectOption({ label: "Established" });
  await page.getByLabel("Kind of tie", { exact: true }).selectOption({ label: "Sister tie" });
  await page.getByLabel("Date", { exact: true }).fill("1989-10-09");
  await page.getByLabel("Words the source used", { exact: true }).fill("sister city");
  await pickRecord(page, "Source for the kind of tie", source.title);
  await selectPassage(page, "the kind of tie", source.title, "signed a sister city agreement");
  await pickRecord(page, "Source for the date", source.title);
  await selectPassage(page, "the date", source.title, "9 October 1989");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(/\/admin\/changes\?submitted=/);
  const changeId = new URL(page.url()).searchParams.get("submitted")!;

  const { page: review } = await loginInNewContext("REVIEWER");
  await review.goto(`/admin/review/${changeId}`);
  await expect(review.getByRole("heading", { level: 1 })).toContainText(`New tie: ${suwon.name} – ${asahikawa.name}`);
  // Each part names what it is: the tie by its places, a citation by its quote and not by
  // where the source's text holds it.
  const tieTitle = `${suwon.name} – ${asahikawa.name}`;
  await expect(review.getByRole("heading", { level: 2, name: `New tie: ${tieTitle}` })).toBeVisible();
  await expect(
    review.getByRole("region", { name: "New tie event Established" }).getByRole("row", { name: "Tie", exact: true }),
  ).toContainText(`${tieTitle} (new in this change)`);
  const citation = review.getByRole("region", { name: "New citation “9 October 1989”" });
  await expect(citation.getByRole("row", { name: "Quote", exact: true })).toContainText("9 October 1989");
  await expect(citation.getByRole("row", { name: "Position" })).toHaveCount(0);
  await review.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(review).toHaveURL(`/admin/review?decided=${changeId}`);
  await expect(review.getByRole("status")).toHaveText(`Approved: “New tie: ${tieTitle}”.`);

  const tieLink = { name: "Sister tie since 9 October 1989" };
  await page.goto(`/places/${asahikawa.slug}`);
  const tiePath = await page.getByRole("region", { name: "Ties" }).getByRole("link", tieLink).getAttribute("href");
  await page.goto(`/places/${suwon.slug}`);
  await page.getByRole("region", { name: "Ties" }).getByRole("link", tieLink).click();
  await expect(page).toHaveURL(new RegExp(`${tiePath}$`));
  // Read the tie page as loaded afresh: after a client navigation Next keeps the place page
  // hidden in the document, with footnote ids of its own.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(suwon.name);
  const timeline = page.getByRole("list", { name: /^History of the tie between/ });
  await expect(timeline.getByRole("listitem")).toHaveText([/^9 October 1989\[\d\]: Established as sister tie \(“sister city”\)\[\d\]$/]);
  await expect(page.locator("#note-1 blockquote, #note-2 blockquote")).toHaveText(["“9 October 1989”", "“signed a sister city agreement”"]);
});
