import { test, expect } from "./fixtures";
import { createPerson, createPlace, createSource, uniqueId } from "./factories";
import { selectPassage } from "./cite";
import { pickRecord } from "./pick";

// A name one letter from a published one is offered as "possibly the same as …" while the
// editor types it, and shown again to the reviewer of the new record.
test("a new person one letter from a published one is flagged to the editor and to the reviewer", async ({
  page,
  loginAs,
  loginInNewContext,
}) => {
  const family = `Ishigurov${uniqueId().replace(/\d/g, "x")}`;
  const published = await createPerson({ name: `${family} Kenhiko` });
  const source = await createSource({ snapshot: `${family} Kenihiko, mayor, met the visitors.` });

  await loginAs("EDITOR");
  await page.goto("/admin/people/new");
  await page.getByRole("textbox", { name: "Name in English" }).fill(`${family} Kenihiko`);
  const near = page.getByRole("list", { name: "Possibly the same person" });
  await expect(near.getByRole("listitem")).toHaveText([new RegExp(`^${published.name}`)]);
  await expect(near.getByRole("link", { name: published.name })).toHaveAttribute("href", `/people/${published.slug}`);
  await page.getByRole("button", { name: /Remove name 1/ }).click();
  await pickRecord(page, "Source for the person", source.title);
  await selectPassage(page, "the person", source.title, `${family} Kenihiko, mayor`);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(/\/admin\/changes\?submitted=/);
  const changeId = new URL(page.url()).searchParams.get("submitted")!;

  const { page: review } = await loginInNewContext("REVIEWER");
  await review.goto(`/admin/review/${changeId}`);
  await expect(review.getByRole("list", { name: "Possibly the same person" })).toContainText(published.name);
});

test("a place spelled with tone marks is flagged as the published place of its country", async ({ page, loginAs }) => {
  const stem = `Qingtai${uniqueId().replace(/\d/g, "q")}`;
  const place = await createPlace({ name: stem, country: "CN" });
  await loginAs("EDITOR");
  await page.goto("/admin/places/new");
  await page.getByLabel("Country").selectOption("CN");
  await page.getByRole("textbox", { name: "English name" }).fill(stem.replace("Qingtai", "Qīngtái"));
  await expect(page.getByRole("list", { name: "Possibly the same place" })).toContainText(place.name);
  await page.getByLabel("Country").selectOption("JP");
  await expect(page.getByRole("list", { name: "Possibly the same place" })).toHaveCount(0);
});
