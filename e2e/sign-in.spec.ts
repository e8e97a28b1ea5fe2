import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { createUser } from "./factories";

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("an editor signs in through the form and signs out again", async ({ page }) => {
  const user = await createUser({ role: "EDITOR" });

  await page.goto("/login");
  await signIn(page, user.email, user.password);

  await expect(page).toHaveURL("/admin");
  await expect(page.getByRole("heading", { name: `Welcome, ${user.name}` })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/");
  await page.goto("/admin");
  await expect(page).toHaveURL("/login?callbackUrl=%2Fadmin");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});

// On a slow connection the form shows before its script has run; a click then sends the
// browser's own submission, which must never carry the password in the address.
test("a sign-in sent before the page's script has loaded keeps the password out of the address", async ({ page }) => {
  const user = await createUser({ role: "EDITOR" });
  await page.route("**/_next/static/chunks/**", (route) => route.abort());

  await page.goto("/login");
  const sent = page.waitForRequest((request) => request.isNavigationRequest());
  await signIn(page, user.email, user.password);

  const submission = await sent;
  expect(submission.method()).toBe("POST");
  expect(submission.url()).not.toContain("password");
});

test("a wrong password is refused and the visitor stays on the sign-in page", async ({ page }) => {
  const user = await createUser({ role: "EDITOR" });

  await page.goto("/login");
  await signIn(page, user.email, `${user.password}-wrong`);

  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  await expect(page).toHaveURL("/login");
});

test("a disabled account is refused with a message saying so", async ({ page }) => {
  const user = await createUser({ role: "EDITOR", disabled: true });

  await page.goto("/login");
  await signIn(page, user.email, user.password);

  await expect(page.getByRole("alert").filter({ hasText: "disabled" })).toBeVisible();
  await expect(page).toHaveURL("/login");
});

test("an anonymous visitor to an admin page signs in and lands back on it", async ({ page }) => {
  const user = await createUser({ role: "EDITOR" });

  await page.goto("/admin/places/new");
  await expect(page).toHaveURL("/login?callbackUrl=%2Fadmin%2Fplaces%2Fnew");

  await signIn(page, user.email, user.password);

  await expect(page).toHaveURL("/admin/places/new");
  await expect(page.getByRole("heading", { name: "New place" })).toBeVisible();
});

// Browsers read "/\example.com" as "//example.com": signing in from such a link must
// not leave the site (an open redirect).
test("a callbackUrl pointing to another site is ignored after signing in", async ({ page }) => {
  const user = await createUser({ role: "EDITOR" });
  await page.route("http://example.com/**", (route) => route.fulfill({ contentType: "text/html", body: "elsewhere" }));

  await page.goto(`/login?callbackUrl=${encodeURIComponent("/\\example.com/")}`);
  await signIn(page, user.email, user.password);

  await expect(page).toHaveURL("/admin");
});
