import { test, expect } from "./fixtures";
import { disableUser } from "./factories";

// The session cookie stays valid for hours; lib/auth.ts checks the database on every request.
test("an editor disabled after signing in is sent to the sign-in page on the next admin page", async ({ page, loginAs }) => {
  const user = await loginAs("EDITOR");
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: `Welcome, ${user.name}` })).toBeVisible();

  await disableUser(user.id);
  await page.goto("/admin/changes");

  await expect(page).toHaveURL(/\/login(\?|$)/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});
