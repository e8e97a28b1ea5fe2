import { test, expect } from "./fixtures";
import { createUser, db, uniqueId } from "./factories";

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
  await expect(page.getByRole("navigation", { name: "Pages" })).toHaveCount(0);
  // Read-only: nothing on the page edits or deletes an entry.
  await expect(page.getByRole("table").getByRole("button")).toHaveCount(0);

  await page.getByLabel("Action").selectOption({ label: "Signed in" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("No events match these filters.")).toBeVisible();
});

test("an admin pages through a filtered audit log, fifty events at a time, keeping the filter", async ({ page, loginAs }) => {
  await loginAs("ADMIN");
  const user = await createUser();
  const at = Date.UTC(2026, 0, 5, 9);
  await db.auditEvent.createMany({
    data: Array.from({ length: 60 }, (_, i) => ({ actorId: user.id, action: "sign-in", at: new Date(at + i * 60_000) })),
  });

  await page.goto(`/admin/audit?actor=${encodeURIComponent(user.email)}`);
  const rows = page.getByRole("table").getByRole("rowgroup").nth(1).getByRole("row");
  const pages = page.getByRole("navigation", { name: "Pages" });
  await expect(rows).toHaveCount(50);
  await expect(pages.getByRole("link", { name: "← Previous" })).toHaveCount(0);
  await pages.getByRole("link", { name: "Next →" }).click();

  await expect(rows).toHaveCount(10);
  await expect(page).toHaveURL(new RegExp(`[?&]actor=${encodeURIComponent(user.email)}&after=`));
  await expect(page.getByLabel("Actor email")).toHaveValue(user.email);
  await expect(pages.getByRole("link", { name: "Next →" })).toHaveCount(0);
  await pages.getByRole("link", { name: "← Previous" }).click();

  await expect(rows).toHaveCount(50);
  await expect(pages.getByRole("link", { name: "Next →" })).toBeVisible();
});
