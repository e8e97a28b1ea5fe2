import type { Page } from "@playwright/test";
import { test, expect, submitSignIn } from "./fixtures";
import { createUser } from "./factories";

async function failFiveTimes(page: Page, email: string) {
  for (let attempt = 1; attempt <= 5; attempt++) {
    expect((await submitSignIn(page, email, `wrong-${attempt}`)).status()).toBe(401);
    await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  }
}

test("the sixth wrong password in a minute is refused with 429, and the form says how long to wait", async ({ page }) => {
  const user = await createUser({ role: "EDITOR" });
  await page.goto("/login");
  await failFiveTimes(page, user.email);

  const sixth = await submitSignIn(page, user.email, "wrong-6");

  expect(sixth.status()).toBe(429);
  expect(await sixth.headerValue("Retry-After")).toBe(String(15 * 60));
  await expect(page.getByRole("alert").filter({ hasText: "Too many attempts" })).toHaveText("Too many attempts. Try again in 15 minutes.");

  // While locked even the right password is refused: it is not checked at all.
  expect((await submitSignIn(page, user.email, user.password)).status()).toBe(429);
  await expect(page).toHaveURL("/login");
});

// The e2e suite signs everyone in from one address: a lockout must keep out no one else.
test("another account signs in from the same address while one is locked", async ({ page }) => {
  const locked = await createUser({ role: "EDITOR" });
  const other = await createUser({ role: "EDITOR" });
  await page.goto("/login");
  await failFiveTimes(page, locked.email);
  expect((await submitSignIn(page, locked.email, "wrong-6")).status()).toBe(429);

  await submitSignIn(page, other.email, other.password);

  await expect(page).toHaveURL("/admin");
  await expect(page.getByRole("heading", { name: `Welcome, ${other.name}` })).toBeVisible();
});

test("an admin finds one audit entry for a lockout, however often the locked account is tried", async ({ page, loginInNewContext }) => {
  const locked = await createUser({ role: "EDITOR" });
  await page.goto("/login");
  await failFiveTimes(page, locked.email);
  for (let attempt = 6; attempt <= 8; attempt++) expect((await submitSignIn(page, locked.email, `wrong-${attempt}`)).status()).toBe(429);

  const { page: admin } = await loginInNewContext("ADMIN");
  await admin.goto("/admin/audit");
  await admin.getByLabel("Action").selectOption({ label: "Sign-in locked" });
  await admin.getByLabel("Actor email").fill(locked.email);
  await admin.getByRole("button", { name: "Filter" }).click();

  const rows = admin.getByRole("table").getByRole("rowgroup").nth(1).getByRole("row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByRole("cell").nth(1)).toContainText(locked.email);
  await expect(rows.first().getByRole("cell").nth(4)).toContainText("Locked: this account from this address");
});

// A stolen session must not guess the password faster on the account page than at sign-in:
// both count wrong passwords for the account together (lib/login-throttle.ts).
test("the sixth wrong current password on the account page is refused at the field, and locks the sign-in too", async ({
  page,
  loginAs,
  browser,
}) => {
  const user = await loginAs("EDITOR");
  await page.goto("/admin/account");
  const current = page.getByLabel("Current password");
  await page.getByLabel("New password", { exact: true }).fill("a fresh long passphrase");
  await page.getByLabel("New password again").fill("a fresh long passphrase");
  const changePassword = async (password: string) => {
    await current.fill(password);
    const answered = page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"]);
    await page.getByRole("button", { name: "Change password" }).click();
    await answered;
  };
  for (let guess = 1; guess <= 5; guess++) {
    await changePassword(`wrong-${guess}`);
    await expect(current).toHaveAccessibleDescription("This is not your current password");
  }

  await changePassword(user.password);

  await expect(current).toHaveAccessibleDescription("Too many attempts. Try again in 15 minutes.");
  await expect(page).toHaveURL("/admin/account");
  await expect(page.getByLabel("New password", { exact: true })).toHaveValue("a fresh long passphrase");
  const signIn = await browser.newPage();
  await signIn.goto("/login");
  expect((await submitSignIn(signIn, user.email, user.password)).status()).toBe(429);
  await signIn.close();
});
