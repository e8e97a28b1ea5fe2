import { test, expect } from "./fixtures";
import { createCitation, createPlace, createSource, db } from "./factories";

// The one journey that reads demo data: the issue asks for the seeded Jiangsu profile by name.
test("a visitor reads Jiangsu's profile, its ties and their sources", async ({ page }) => {
  await page.goto("/places/jiangsu");

  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText("Jiangsu Province");
  await expect(heading.getByText("江苏省")).toBeVisible();

  const ties = page.getByRole("region", { name: "Ties" });
  await expect(ties.getByRole("link", { name: "Gyeonggi Province", exact: true })).toBeVisible();
  await expect(ties.getByRole("link", { name: "Fukuoka Prefecture", exact: true })).toBeVisible();

  const firstMark = page.getByRole("link", { name: "Source 1", exact: true }).first();
  await expect(firstMark).toHaveText("[1]");

  await expect(page.getByRole("heading", { name: "Notes" })).toBeVisible();
  const firstNote = page.getByRole("list", { name: "Footnotes" }).getByRole("listitem").first();
  await expect(firstNote).toHaveAttribute("id", "note-1");
  await expect(firstNote.getByRole("link").first()).toHaveText(
    "Jiangsu delegation's trip to Japan and South Korea is intensive and fruitful",
  );
  const quote = firstNote.locator("blockquote").getByRole("link");
  await expect(quote).toContainText("a delegation from Jiangsu Province to Japan and South Korea");
  await expect(quote).toHaveAttribute("href", /^\/sources\/[^#]+#quote-/);

  await firstMark.click();
  await expect(page).toHaveURL(/#note-1$/);
  await expect(page.locator("#note-1")).toBeInViewport();
});

// Marked with the source's language, so that a screen reader speaks it as Korean and a
// browser draws Han characters in the source's own forms (Japanese and Chinese differ).
test("a place's footnote names its source and quotes it, in the source's language", async ({ page }) => {
  const place = await createPlace({ country: "KR", level: "CITY", names: [{ text: "각주시", lang: "ko" }] });
  const source = await createSource({ lang: "ko" });
  const quote = `각주시는 ${place.name}의 옛 이름이다`;
  await createCitation({ recordType: "PLACE", recordId: place.id, sourceId: source.id, quote });

  await page.goto(`/places/${place.slug}`);

  await expect(page.getByRole("heading", { level: 1 })).toContainText(place.name);
  const mark = page.getByRole("link", { name: "Source 1", exact: true });
  await expect(mark).toHaveText("[1]");

  const note = page.locator("#note-1");
  await expect(note).toContainText(source.title);
  await expect(note.locator("blockquote")).toHaveText(`“${quote}”`);
  await expect(note.locator("blockquote")).toHaveAttribute("lang", "ko");

  await mark.click();
  await expect(page).toHaveURL(new RegExp(`/places/${place.slug}#note-1$`));
  await expect(note).toBeInViewport();
});

test("a place's header names its country once, linked when the country is its parent", async ({ page }) => {
  const country = await createPlace({ country: "KR", level: "COUNTRY" });
  const province = await createPlace({ country: "KR", level: "PROVINCE" });
  const city = await createPlace({ country: "KR", level: "CITY" });
  await db.place.update({ where: { id: province.id }, data: { parentId: country.id } });
  await db.place.update({ where: { id: city.id }, data: { parentId: province.id } });

  await page.goto(`/places/${province.slug}`);
  const lede = page.locator("header .lede");
  await expect(lede).toHaveText("Province, South Korea");
  await expect(lede.getByRole("link", { name: "South Korea" })).toHaveAttribute("href", `/places/${country.slug}`);

  await page.goto(`/places/${city.slug}`);
  await expect(lede).toHaveText(`City, South Korea · in ${province.name}`);
  await expect(lede.getByRole("link", { name: province.name })).toHaveAttribute("href", `/places/${province.slug}`);
});

test("an unknown place shows a not-found page", async ({ page }) => {
  const response = await page.goto("/places/does-not-exist");

  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Place not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Browse all places" })).toBeVisible();
});
