import { test, expect } from "./fixtures";
import { createMergedPlace, createPlace } from "./factories";

// With Cache Components a page answers before it can call notFound() or redirect(); proxy.ts
// checks the address first, so crawlers and link checkers see a real 404 or 308.
// A fixed slug no factory makes (theirs end in a random id): test titles must be the same
// in every worker.
const missing = "no-such-record";
const unknownAddresses = [
  { path: `/places/${missing}`, heading: "Page not found" },
  { path: `/places/${missing}/history`, heading: "Page not found" },
  { path: `/people/${missing}`, heading: "Page not found" },
  { path: `/people/${missing}/history`, heading: "Page not found" },
  { path: `/organisations/${missing}`, heading: "Page not found" },
  { path: `/organisations/${missing}/history`, heading: "Page not found" },
  { path: `/ties/${missing}--${missing}-2`, heading: "Page not found" },
  { path: `/ties/${missing}--${missing}-2/history`, heading: "Page not found" },
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
