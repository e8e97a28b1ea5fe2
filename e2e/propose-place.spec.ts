import { test, expect } from "./fixtures";
import { uniqueId } from "./factories";

test("an editor proposes a new place; it awaits review and is not public", async ({ page, loginAs }) => {
  await loginAs("EDITOR");
  const name = `Proposedville ${uniqueId()}`;

  await page.goto("/admin");
  await page.getByRole("main").getByRole("link", { name: "New place" }).click();
  await expect(page).toHaveURL("/admin/places/new");

  await page.getByLabel("English name").fill(name);
  await page.getByLabel("Country").selectOption({ label: "Japan" });
  await page.getByLabel("Administrative level").selectOption({ label: "City" });
  await page.getByRole("textbox", { name: "Name 1", exact: true }).fill("提案町");
  await page.getByLabel("Language of name 1").selectOption({ label: "Japanese" });
  await page.getByRole("button", { name: "Submit for review" }).click();

  await expect(page).toHaveURL(/\/admin\/changes\?submitted=/);
  await expect(page.getByRole("status")).toContainText("Submitted for review");
  const change = page.getByRole("row").filter({ hasText: `New place: ${name}` });
  await expect(change.getByRole("cell").nth(1)).toHaveText("Awaiting review");

  await page.goto(`/places?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("heading", { name: "Places", level: 1 })).toBeVisible();
  await expect(page.getByText("No place matches.")).toBeVisible();
  await expect(page.getByRole("link", { name })).toHaveCount(0);
});
