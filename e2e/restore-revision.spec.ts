import { test, expect } from "./fixtures";
import { auditActions, createReviewedPlace, db, placeContent } from "./factories";

test("an editor restores an old version of a place through review", async ({ page, loginAs, loginInNewContext }) => {
  const editor = await loginAs("EDITOR");
  const first = placeContent({ summary: "A post town." });
  const second = { ...first, summary: "A post town on the Nakasendō." };
  const place = await createReviewedPlace([first, second]);

  await page.goto(`/admin/places/${place.id}/history`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`History of ${first.name}`);
  const compare = page.getByRole("form", { name: "Compare versions" });
  await compare.getByLabel("From").selectOption({ label: "Version 2" });
  await compare.getByLabel("To").selectOption({ label: "Version 1" });
  await compare.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(`/admin/places/${place.id}/history?from=2&to=1`);
  const summary = page.getByRole("row", { name: "Summary", exact: true });
  await expect(summary.getByRole("rowheader")).toHaveText("Summary (changed)");
  await expect(summary.getByRole("cell")).toHaveText([second.summary, first.summary]);
  await expect(page.getByRole("row", { name: "English name", exact: true }).getByRole("rowheader")).toHaveText("English name");

  await expect(page.getByRole("button", { name: "Restore version 2" })).toHaveCount(0);
  await page.getByRole("button", { name: "Restore version 1" }).click();
  await expect(page).toHaveURL(/\/admin\/changes\?submitted=/);
  const changeId = new URL(page.url()).searchParams.get("submitted")!;
  const title = `Restore place ${first.name} to version 1`;
  await expect(page.getByRole("row").filter({ hasText: title }).getByRole("cell").nth(1)).toHaveText("Awaiting review");

  await page.goto(`/places/${place.slug}`);
  await expect(page.getByText(second.summary)).toBeVisible();

  const { user: reviewer, page: review } = await loginInNewContext("REVIEWER");
  await review.goto(`/admin/review?author=${editor.id}`);
  await review.getByRole("link", { name: title }).click();
  const proposed = review.getByRole("row", { name: "Summary", exact: true }).getByRole("cell");
  await expect(proposed.nth(0)).toHaveText(second.summary);
  await expect(proposed.nth(1)).toHaveText(first.summary);
  await review.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(review).toHaveURL(`/admin/review?decided=${changeId}`);

  await page.reload();
  await expect(page.getByText(first.summary, { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "History", exact: true }).click();
  const restored = page.getByRole("region", { name: "Version 3" });
  await expect(restored).toContainText(`by ${reviewer.name}; proposed by ${editor.name}`);
  await expect(restored.getByRole("row", { name: "Summary", exact: true }).getByRole("cell")).toHaveText([second.summary, first.summary]);

  expect(await db.place.findUniqueOrThrow({ where: { id: place.id } })).toMatchObject({ summary: first.summary, version: 3 });
  expect(await auditActions(place.id)).toEqual([{ action: "revision.restored", actorId: editor.id, targetType: "PLACE" }]);
  expect(await auditActions(changeId)).toEqual([
    { action: "change.submitted", actorId: editor.id, targetType: "CHANGE_REQUEST" },
    { action: "change.approved", actorId: reviewer.id, targetType: "CHANGE_REQUEST" },
  ]);
});
