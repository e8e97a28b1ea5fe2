import { expect, test } from "./fixtures";
import { createPlaceChange, createUser, placeContent } from "./factories";

test("a reviewer who opens a colleague's change is shown the way to review it; on their own change, not", async ({ page, loginAs }) => {
  const reviewer = await loginAs("REVIEWER");
  const colleagues = await createPlaceChange({ author: await createUser(), content: placeContent() });
  await page.goto(`/admin/changes/${colleagues.id}`);
  await page.getByRole("link", { name: "Review this change" }).click();
  await expect(page).toHaveURL(`/admin/review/${colleagues.id}`);
  await expect(page.getByRole("button", { name: "Approve", exact: true })).toBeVisible();

  const own = await createPlaceChange({ author: reviewer, content: placeContent() });
  await page.goto(`/admin/changes/${own.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("New place");
  await expect(page.getByRole("link", { name: "Review this change" })).toHaveCount(0);
});
