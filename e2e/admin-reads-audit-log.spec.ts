import { test, expect } from "./fixtures";
import { uniqueId } from "./factories";

test("an admin filters the audit log by action and finds the user they created", async ({ page, loginAs }) => {
  const admin = await loginAs("ADMIN");
  const email = `audited-${uniqueId()}@e2e.test`;
  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "New user" });
  await form.getByLabel("Name", { exact: true }).fill("Audited person");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption({ label: "Reviewer" });
  await form.getByLabel("Initial password").fill(`pw-${uniqueId()}-${uniqueId()}`);
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Created ${email}` })).toBeVisible();

  await page.getByRole("navigation", { name: "Editors" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page).toHaveURL("/admin/audit");
  await page.getByLabel("Action").selectOption({ label: "User created" });
  await page.getByLabel("Actor email").fill(admin.email);
  await page.getByRole("button", { name: "Filter" }).click();

  await expect(page).toHaveURL(/[?&]action=user\.created(&|$)/);
  const rows = page.getByRole("table").getByRole("rowgroup").nth(1).getByRole("row");
  await expect(rows).toHaveCount(1);
  const row = rows.first();
  await expect(row.getByRole("cell").nth(1)).toContainText(admin.email);
  await expect(row.getByRole("cell").nth(2)).toHaveText("User created");
  await expect(row.getByRole("cell").nth(3)).toHaveText(`User: Audited person${email}`);
  await expect(row.getByRole("cell").nth(4)).toHaveText(`Email: ${email}Role: Reviewer`);
  await expect(page.getByRole("navigation", { name: "Pages" })).toContainText("Page 1 of 1 · 1 event");
  // Read-only: nothing on the page edits or deletes an entry.
  await expect(page.getByRole("table").getByRole("button")).toHaveCount(0);

  await page.getByLabel("Action").selectOption({ label: "Signed in" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("No events match these filters.")).toBeVisible();
});
