import type { Page, Response } from "@playwright/test";
import { test, expect } from "./fixtures";
import { createPlace, uniqueId } from "./factories";

// Every CSP violation the browser reports while the test runs.
function watchForCspViolations(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(message.text());
  });
  return violations;
}

// Pages that sign in or write run only scripts with the request's nonce; the cached public
// pages, written before any request, their own inline scripts from our origin.
function expectSecurityHeaders(response: Response | null, { perRequest }: { perRequest: boolean }) {
  const headers = response!.headers();
  const policy = new Map(headers["content-security-policy"].split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));
  const scripts = policy.get("script-src")!;
  if (perRequest) {
    expect(scripts).toContainEqual(expect.stringMatching(/^'nonce-[A-Za-z0-9+/]+={0,2}'$/));
    expect(scripts).not.toContain("'unsafe-inline'");
  } else {
    expect(scripts).toEqual(["'self'", "'unsafe-inline'"]);
  }
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  // The tests run over plain http, where HSTS means nothing.
  expect(headers["strict-transport-security"]).toBeUndefined();
}

// A click on a <Link> is a client-side navigation only once the page has hydrated; before
// that it loads a new document, which drops this mark.
async function markDocument(page: Page) {
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
}
const isSameDocument = (page: Page) => page.evaluate(() => "sameDocument" in window);

// Both kinds of cached public page: the home page, prerendered at build time, and a profile,
// rendered on its first visit and served from the cache on the next (the reload).
test("public pages are sent with the security headers and hydrate under their policy", async ({ page }) => {
  const violations = watchForCspViolations(page);
  const place = await createPlace();

  await page.goto(`/places/${place.slug}`);
  for (const visit of [() => page.reload(), () => page.goto("/")]) {
    expectSecurityHeaders(await visit(), { perRequest: false });
    await markDocument(page);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Places" }).click();
    await expect(page.getByRole("heading", { name: "Places", level: 1 })).toBeVisible();
    expect(await isSameDocument(page)).toBe(true);
  }
  expect(violations).toEqual([]);
});

test("the sign-in page checks its form in the browser under its policy", async ({ page }) => {
  const violations = watchForCspViolations(page);

  const response = await page.goto("/login");
  expectSecurityHeaders(response, { perRequest: true });
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page.getByText("Enter your email address")).toBeVisible();
  expect(violations).toEqual([]);
});

test("an admin page is sent with the security headers, and its form and server action work", async ({ page, loginAs }) => {
  const violations = watchForCspViolations(page);
  await loginAs("EDITOR");
  const name = `Policyville ${uniqueId()}`;

  const response = await page.goto("/admin/places/new");

  expectSecurityHeaders(response, { perRequest: true });
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("Enter the place's English name")).toBeVisible();
  await page.getByLabel("English name").fill(name);
  await page.getByLabel("Country").selectOption({ label: "Japan" });
  await page.getByRole("textbox", { name: "Name 1", exact: true }).fill("方針町");
  await page.getByLabel("Language of name 1").selectOption({ label: "Japanese" });
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(/\/admin\/changes\?submitted=/);
  await expect(page.getByRole("row").filter({ hasText: `New place: ${name}` })).toBeVisible();
  expect(violations).toEqual([]);
});

// A profile's headers are set by address, the directory's by the proxy: both answer to https.
test("each response has a nonce of its own, and HSTS is sent when the request came over https", async ({ request }) => {
  const nonceOf = async (path: string) => (await request.get(path)).headers()["content-security-policy"].match(/'nonce-([^']+)'/)![1];
  expect(await nonceOf("/login")).not.toBe(await nonceOf("/login"));
  const place = await createPlace();

  for (const path of ["/places", `/places/${place.slug}`]) {
    const overHttps = await request.get(path, { headers: { "X-Forwarded-Proto": "https" } });
    expect(overHttps.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(overHttps.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
  }
});
