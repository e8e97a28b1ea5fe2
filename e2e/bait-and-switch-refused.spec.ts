import { test, expect } from "./fixtures";
import { createPlaceChange, findChange, placeContent } from "./factories";

// The author revises a change while a reviewer has it open: the reviewer's click on the
// page already loaded must not publish content they never saw.
test("approving a change revised after the reviewer opened it is refused, and the new version is shown", async ({
  page,
  loginAs,
  loginInNewContext,
}) => {
  const editor = await loginAs("EDITOR");
  const harmless = placeContent({ summary: "A quiet market town." });
  const change = await createPlaceChange({ author: editor, content: harmless });
  const { page: review } = await loginInNewContext("REVIEWER");
  await review.goto(`/admin/review/${change.id}`);
  await expect(review.getByRole("row", { name: "Summary", exact: true })).toContainText("A quiet market town.");

  await page.goto(`/admin/changes/${change.id}/edit`);
  await page.getByRole("textbox", { name: "Summary" }).fill("Switched after the reviewer looked.");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(`/admin/changes?submitted=${change.id}`);

  await review.getByRole("textbox", { name: "Comment to the author" }).fill("Looks right.");
  await review.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(review.getByRole("alert").filter({ hasText: "revised after you opened it" })).toHaveText(
    "This change was revised after you opened it: review the new version below.",
  );
  await expect(review.getByRole("row", { name: "Summary", exact: true })).toContainText("Switched after the reviewer looked.");
  await expect(review.getByRole("textbox", { name: "Comment to the author" })).toHaveValue("Looks right.");
  expect(await findChange(change.id)).toMatchObject({ status: "SUBMITTED", revision: 2 });

  await page.goto(`/places?q=${encodeURIComponent(harmless.name)}`);
  await expect(page.getByText("No place matches.")).toBeVisible();

  // Having now seen the new version, the reviewer may decide on it.
  await review.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(review).toHaveURL(`/admin/review?decided=${change.id}`);
  expect(await findChange(change.id)).toMatchObject({ status: "APPROVED" });
});
