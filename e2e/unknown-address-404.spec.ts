import { test, expect } from "./fixtures";
import { createMergedPlace, createPlace } from "./factories";

// Crawlers and link checkers must see a real 404 or 308: a profile page answers them itself,
// with its kind's not-found page (it renders whole before sending); a history or source page
// through proxy.ts, which checks the address first because the page streams a shell before it
// can call notFound().
// A fixed slug no factory makes (theirs end in a random id): test titles must be the same
// in every worker.
const missing = "no-such-record";
const unknownAddresses = [
  { path: `/places/${missing}`, heading: "Place not found" },
  { path: `/places/${missing}/history`, heading: "Page not found" },
  { path: `/people/${missing}`, heading: "Person not found" },
  { path: `/people/${missing}/history`, heading: "Page not found" },
  { path: `/organisations/${missing}`, heading: "Organisation not found" },
  { path: `/organisations/${missing}/history`, heading: "Page not found" },
  { path: `/ties/${missing}--${missing}-2`, heading: "Tie not found" },
  { path: `/ties/${missing}--${missing}-2/history`, heading: "Page not found" },
  { path: `/sources/${missing}`, heading: "Page not found" },
];

for (const { path, heading } of unknownAddresses) {
  test(`${path} answers 404 with the not-found page`, async ({ page }) => {
    const response = await page.goto(path);

    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
  });
}

test("a published place answers 200, and a merged one's old address leads to it", async ({ page }) => {
  const place = await createPlace();
  const merged = await createMergedPlace(place);

  expect((await page.goto(`/places/${place.slug}`))?.status()).toBe(200);

  const response = await page.goto(`/places/${merged.slug}`);
  expect(response?.request().redirectedFrom()?.url()).toMatch(new RegExp(`/places/${merged.slug}$`));
  await expect(page).toHaveURL(new RegExp(`/places/${place.slug}$`));
});
