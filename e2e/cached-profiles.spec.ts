import { test, expect } from "./fixtures";
import { createPlaceChange, createReviewedPlace, createUser, placeContent } from "./factories";

// A public profile is rendered once and then served whole from the cache, cacheable by any
// shared cache for a while, until an approval touching the record refreshes it.
test("a place's profile is served from the cache, and an approval refreshes it at once", async ({ page, loginAs }) => {
  const content = placeContent({ summary: "A harbour town." });
  const place = await createReviewedPlace([content]);
  const path = `/places/${place.slug}`;

  await page.goto(path);
  const cached = await page.goto(path);
  expect(cached?.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(cached?.headers()["cache-control"]).toMatch(/^s-maxage=\d+/);
  await expect(page.getByText("A harbour town.")).toBeVisible();

  const editor = await createUser();
  const change = await createPlaceChange({
    author: editor,
    content: { ...content, summary: "A harbour town with a ferry to Busan." },
    place,
  });
  await loginAs("REVIEWER");
  await page.goto(`/admin/review/${change.id}`);
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText(`Approved: “${change.title}”.`);

  await page.goto(path);
  await expect(page.getByText("A harbour town with a ferry to Busan.")).toBeVisible();
  expect((await page.goto(path))?.headers()["x-nextjs-cache"]).toBe("HIT");
});
