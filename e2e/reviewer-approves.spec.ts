import { test, expect } from "./fixtures";
import { auditActions, db, uniqueId } from "./factories";

test("a reviewer approves an editor's new place and it goes public with its history", async ({ page, loginAs, loginInNewContext }) => {
  const editor = await loginAs("EDITOR");
  const name = `Approvedville ${uniqueId()}`;
  await page.goto("/admin/places/new");
  await page.getByLabel("English name").fill(name);
  await page.getByLabel("Country").selectOption({ label: "Japan" });
  await page.getByRole("textbox", { name: "Name 1", exact: true }).fill("承認町");
  await page.getByLabel("Language of name 1").selectOption({ label: "Japanese" });
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(/\/admin\/changes\?submitted=/);
  const changeId = new URL(page.url()).searchParams.get("submitted")!;

  const { user: reviewer, page: review } = await loginInNewContext("REVIEWER");
  await review.goto(`/admin/review?author=${editor.id}`);
  await review.getByRole("link", { name: `New place: ${name}` }).click();
  await expect(review).toHaveURL(`/admin/review/${changeId}`);
  const item = review.getByRole("region", { name: `New place ${name}` });
  await expect(item.getByRole("columnheader").nth(2)).toHaveText("Proposed");
  await expect(item.getByRole("row", { name: "English name", exact: true }).getByRole("cell").nth(1)).toHaveText(name);
  await expect(item.getByRole("paragraph").filter({ hasText: "Impact:" })).toHaveText(`Impact: approving alters ${name} (new page).`);
  await review.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(review).toHaveURL(`/admin/review?decided=${changeId}`);
  await expect(review.getByRole("status")).toHaveText(`Approved: “New place: ${name}”.`);
  await expect(review.getByRole("link", { name: `New place: ${name}` })).toHaveCount(0);

  await page.goto(`/places?q=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await page.getByRole("link", { name: "History" }).click();
  const version = page.getByRole("region", { name: "Version 1" });
  await expect(version).toContainText(`by ${reviewer.name}; proposed by ${editor.name}`);
  await expect(version.getByRole("row", { name: "English name", exact: true })).toContainText(name);

  expect(await auditActions(changeId)).toEqual([
    { action: "change.submitted", actorId: editor.id, targetType: "CHANGE_REQUEST" },
    { action: "change.approved", actorId: reviewer.id, targetType: "CHANGE_REQUEST" },
  ]);
  expect(await db.place.count({ where: { name } })).toBe(1);
});
