import type { Browser, Cookie, Page } from "@playwright/test";
import { test, expect, SESSION_COOKIE } from "./fixtures";
import { createUser, type TestUser } from "./factories";

async function signInThroughForm(page: Page, user: TestUser) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: `Welcome, ${user.name}` })).toBeVisible();
}

// A fresh browser holding nothing but `cookie`, as someone who copied it would.
async function pageWithCookie(browser: Browser, baseURL: string, cookie: Cookie) {
  const context = await browser.newContext({ baseURL });
  await context.addCookies([cookie]);
  return context.newPage();
}

async function expectSentToSignIn(page: Page) {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login(\?|$)/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
}

test("after signing out, a copy of the old session cookie no longer opens the admin pages", async ({ page, context, browser, baseURL }) => {
  const user = await createUser({ role: "EDITOR" });
  await signInThroughForm(page, user);
  const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE)!;
  expect(cookie).toBeDefined();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/");

  const copied = await pageWithCookie(browser, baseURL!, cookie);
  await expectSentToSignIn(copied);
  await copied.context().close();
  // The person themselves signs in again as usual.
  await signInThroughForm(page, user);
});

test("signing out on one device ends the session on another", async ({ page, browser, baseURL }) => {
  const user = await createUser({ role: "EDITOR" });
  const phone = await (await browser.newContext({ baseURL })).newPage();
  await signInThroughForm(phone, user);
  await signInThroughForm(page, user);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/");

  await expectSentToSignIn(phone);
  await phone.context().close();
});

test("an admin's role change ends the user's session at once", async ({ page, loginAs, loginInNewContext }) => {
  const user = await loginAs("EDITOR");
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: `Welcome, ${user.name}` })).toBeVisible();

  const { page: admin } = await loginInNewContext("ADMIN");
  await admin.goto("/admin/users");
  const row = admin.getByRole("row").filter({ hasText: user.email });
  await row.getByLabel(`Role of ${user.email}`).selectOption({ label: "Reviewer" });
  await row.getByRole("button", { name: "Save role" }).click();
  await expect(row.getByRole("status")).toHaveText("Role saved.");

  await expectSentToSignIn(page);
});

test("a session ended by disabling stays ended when the account is re-enabled", async ({ page, loginAs, loginInNewContext }) => {
  const user = await loginAs("EDITOR");
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: `Welcome, ${user.name}` })).toBeVisible();

  const { page: admin } = await loginInNewContext("ADMIN");
  await admin.goto("/admin/users");
  const row = admin.getByRole("row").filter({ hasText: user.email });
  await row.getByRole("button", { name: "Disable" }).click();
  await expect(row.getByRole("cell").nth(3)).toHaveText("Disabled");
  await row.getByRole("button", { name: "Re-enable" }).click();
  await expect(row.getByRole("cell").nth(3)).toHaveText("Active");

  await expectSentToSignIn(page);
});

test("changing one's password on the account page ends every session, and the new password signs in", async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  const user = await createUser({ role: "REVIEWER" });
  await signInThroughForm(page, user);
  const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE)!;

  await page.getByRole("link", { name: "Your account" }).click();
  await page.getByLabel("Current password").fill("not my password at all");
  await page.getByLabel("New password", { exact: true }).fill("a fresh long passphrase");
  await page.getByLabel("New password again").fill("a fresh long passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("This is not your current password")).toBeVisible();
  await expect(page.getByLabel("New password", { exact: true })).toHaveValue("a fresh long passphrase");

  await page.getByLabel("Current password").fill(user.password);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/login\?passwordChanged=1$/);
  await expect(page.getByRole("status")).toContainText("Your password was changed");

  const copied = await pageWithCookie(browser, baseURL!, cookie);
  await expectSentToSignIn(copied);
  await copied.context().close();
  await signInThroughForm(page, { ...user, password: "a fresh long passphrase" });
});
