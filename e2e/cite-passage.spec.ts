import type { Page } from "@playwright/test";
import { test, expect, selectWithMouse } from "./fixtures";
import { countChangeRequests, createPlace, createSource, db, uniqueId } from "./factories";
import { pickRecord } from "./pick";

async function openCitationForm(page: Page, placeId: string, sourceTitle: string) {
  await page.goto(`/admin/places/${placeId}/edit`);
  await expect(page.getByRole("heading", { name: "Citations", exact: true })).toBeVisible();
  const form = page.getByRole("form", { name: "Cite a source" });
  await form.getByLabel("Claim", { exact: true }).selectOption({ label: "That the place exists" });
  await pickRecord(form, "Source", sourceTitle);
  return form;
}

test("an editor cites a passage selected with the mouse; once approved, its footnote leads to the highlighted passage", async ({
  page,
  loginAs,
  loginInNewContext,
}) => {
  await loginAs("EDITOR");
  const place = await createPlace({ country: "KR", level: "CITY" });
  const passage = `${place.name} became a city in 1995`;
  const source = await createSource({
    title: `Gazette of cities ${uniqueId()}`,
    snapshot: `A short history.\nAfter years as a county, ${passage}, when the province reorganised.\nIts port opened later.`,
  });

  const form = await openCitationForm(page, place.id, source.title);
  await selectWithMouse(form.getByTestId("source-text"), passage);
  await expect(form.getByLabel("Quote", { exact: true })).toHaveValue(passage);
  await form.getByRole("button", { name: "Propose citation" }).click();
  await expect(page).toHaveURL(/\/admin\/changes\?submitted=/);
  const changeId = new URL(page.url()).searchParams.get("submitted")!;

  const { page: review } = await loginInNewContext("REVIEWER");
  await review.goto(`/admin/review/${changeId}`);
  const item = review.getByRole("region", { name: `New citation “${passage}”` });
  await expect(item.getByRole("row", { name: "Quote", exact: true }).getByRole("cell").nth(1)).toHaveText(passage);
  await expect(item.getByRole("row", { name: "Source", exact: true }).getByRole("cell").nth(1)).toHaveText(source.title);
  await expect(item.getByRole("row", { name: "Record", exact: true }).getByRole("cell").nth(1)).toHaveText(place.name);
  await review.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(review).toHaveURL(`/admin/review?decided=${changeId}`);
  const citation = await db.citation.findFirstOrThrow({ where: { recordType: "PLACE", recordId: place.id } });

  await page.goto(`/places/${place.slug}`);
  await expect(page.getByRole("heading", { level: 1 }).getByRole("link", { name: "Source 1", exact: true })).toHaveText("[1]");
  const note = page.getByRole("list", { name: "Footnotes" }).getByRole("listitem");
  await expect(note).toHaveCount(1);
  await expect(note).toContainText(source.title);
  await note.getByRole("link", { name: `“${passage}”` }).click();

  await expect(page).toHaveURL(`/sources/${source.id}#quote-${citation.id}`);
  const mark = page.locator(`mark#quote-${citation.id}`);
  await expect(mark).toHaveText(passage);
  await expect(mark).toBeInViewport();
  // Highlighted as the link's target (app/globals.css `.snapshot mark:target`).
  await expect(mark).toHaveCSS("background-color", "rgb(255, 214, 102)");
});

test("a quote that is not in the source is refused at its field and stores nothing", async ({ page, loginAs }) => {
  const editor = await loginAs("EDITOR");
  const place = await createPlace();
  const source = await createSource({ snapshot: `${place.name} is a quiet market town on the river.` });

  const form = await openCitationForm(page, place.id, source.title);
  const quote = form.getByLabel("Quote", { exact: true });
  await quote.fill(`${place.name} is a bustling port city`);
  await form.getByRole("button", { name: "Propose citation" }).click();

  await expect(quote).toHaveAttribute("aria-invalid", "true");
  await expect(quote).toHaveAccessibleDescription(/not in the source/);
  await expect(quote).toHaveValue(`${place.name} is a bustling port city`);
  await expect(page).toHaveURL(`/admin/places/${place.id}/edit`);
  expect(await countChangeRequests(editor.id)).toBe(0);
});
