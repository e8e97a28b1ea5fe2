import { test, expect } from "./fixtures";
import { createSource, db, uniqueId } from "./factories";
import { expectAccessible } from "./axe";

test("an editor pages through their changes, newest first, fifty at a time, and back", async ({ page, loginAs }) => {
  const editor = await loginAs("EDITOR");
  const at = Date.UTC(2026, 0, 5, 9);
  await db.changeRequest.createMany({
    data: Array.from({ length: 60 }, (_, i) => ({ title: `Change ${i}`, authorId: editor.id, updatedAt: new Date(at + i * 60_000) })),
  });

  await page.goto("/admin/changes");
  const rows = page.getByRole("table").getByRole("rowgroup").nth(1).getByRole("row");
  const pages = page.getByRole("navigation", { name: "Pages" });
  await expect(rows).toHaveCount(50);
  await expect(rows.first()).toContainText("Change 59");
  await expect(pages.getByRole("link", { name: "← Previous" })).toHaveCount(0);
  await pages.getByRole("link", { name: "Next →" }).click();

  await expect(rows).toHaveCount(10);
  await expect(rows.first()).toContainText("Change 9");
  await expect(rows.last()).toContainText("Change 0");
  await expect(pages.getByRole("link", { name: "Next →" })).toHaveCount(0);
  await expectAccessible(page);
  await pages.getByRole("link", { name: "← Previous" }).click();

  await expect(rows).toHaveCount(50);
  await expect(rows.last()).toContainText("Change 10");
});

test("an editor finds a source by a word of its title in the sources list", async ({ page, loginAs }) => {
  await loginAs("EDITOR");
  const word = `Tongyeong${uniqueId()}`;
  const source = await createSource({ title: `Harbour festival opens in ${word}` });

  await page.goto("/admin/sources");
  await expect(page.getByRole("heading", { name: "All sources, A–Z" })).toBeVisible();
  await page.getByLabel("A word of the title").fill(word.toLowerCase());
  await page.getByRole("button", { name: "Find" }).click();

  await expect(page.getByRole("heading", { name: `Found for “${word.toLowerCase()}”` })).toBeVisible();
  const rows = page.getByRole("table").getByRole("rowgroup").nth(1).getByRole("row");
  await expect(rows).toHaveCount(1);
  await expect(rows.getByRole("link", { name: source.title, exact: true })).toHaveAttribute("href", `/sources/${source.id}`);
  await expect(rows.getByRole("link", { name: `Correct ${source.title}` })).toHaveAttribute("href", `/admin/sources/${source.id}/edit`);
  await expectAccessible(page);
});
