import type { Page } from "@playwright/test";
import { tiePath } from "../lib/tie-path";
import { test, expect } from "./fixtures";
import { db } from "./factories";

// A 390 px phone (iPhone 12 to 15): the narrowest screen editors are known to use.
test.use({ viewport: { width: 390, height: 844 } });

// The page is no wider than the screen; if it is, the message names the elements that
// reach past the right edge, the likeliest first.
async function expectNoSidewaysScroll(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("main").getByRole("heading", { level: 1 }).first()).toBeVisible();
  const { scrollWidth, clientWidth, tooWide } = await page.evaluate(() => {
    const { scrollWidth, clientWidth } = document.documentElement;
    const tooWide = [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > clientWidth + 0.5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} (${Math.round(element.getBoundingClientRect().right)} px)`)
      .slice(-5);
    return { scrollWidth, clientWidth, tooWide };
  });
  expect({ path, scrollWidth }, tooWide.join("; ")).toEqual({ path, scrollWidth: clientWidth });
}

test("the editors' menu starts folded, opens and closes, and folds again once a link is followed", async ({ page, loginAs }) => {
  await loginAs("ADMIN");
  await page.goto("/admin");
  const nav = page.getByRole("navigation", { name: "Editors" });
  const toggle = nav.getByText("Menu", { exact: true });
  const users = nav.getByRole("link", { name: "Users" });
  const heading = page.getByRole("heading", { level: 1 });

  await expect(heading).toBeInViewport();
  await expect(users).toBeHidden();

  await toggle.click();
  await expect(users).toBeVisible();
  await expect(nav.getByRole("button", { name: "Sign out" })).toBeVisible();
  await toggle.click();
  await expect(users).toBeHidden();

  await toggle.click();
  await users.click();
  await expect(page).toHaveURL("/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeInViewport();
  await expect(users).toBeHidden();
});

test("on a wide screen the menu has no toggle and always shows its links", async ({ page, loginAs }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await loginAs("ADMIN");
  await page.goto("/admin");
  const nav = page.getByRole("navigation", { name: "Editors" });

  await expect(nav.getByRole("link", { name: "Users" })).toBeVisible();
  await expect(nav.getByText("Menu", { exact: true })).toBeHidden();
});

test("a table wider than the phone scrolls in its own box, which a keyboard reaches", async ({ page, loginAs }) => {
  await loginAs("ADMIN");
  await page.goto("/admin/users");
  const box = page.getByRole("region", { name: "All users" });

  const { scrollWidth, clientWidth } = await box.evaluate((element) => ({
    scrollWidth: element.scrollWidth,
    clientWidth: element.clientWidth,
  }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  await box.focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
});

test("no admin page scrolls sideways at 390 px", async ({ page, loginAs }) => {
  test.slow();
  await loginAs("ADMIN");
  const place = await db.place.findUniqueOrThrow({ where: { slug: "jiangsu" } });
  const paths = [
    "/admin",
    "/admin/users",
    "/admin/audit",
    "/admin/account",
    "/admin/places",
    "/admin/places/new",
    `/admin/places/${place.id}/edit`,
    `/admin/places/${place.id}/history`,
    "/admin/ties/new",
    "/admin/people",
    "/admin/organisations",
    "/admin/agreements",
    "/admin/delegations",
    "/admin/events",
    "/admin/sources",
    "/admin/changes",
    "/admin/review",
    "/admin/coverage",
  ];
  for (const path of paths) await expectNoSidewaysScroll(page, path);
});

test("no public page scrolls sideways at 390 px", async ({ page }) => {
  test.slow();
  const [agreement, delegation, person, source] = await Promise.all([
    db.agreement.findFirstOrThrow({ where: { retiredAt: null }, select: { slug: true } }),
    db.delegation.findFirstOrThrow({ where: { retiredAt: null }, select: { slug: true } }),
    db.person.findFirstOrThrow({ where: { retiredAt: null }, select: { slug: true } }),
    db.source.findFirstOrThrow({ where: { retiredAt: null, url: { not: null } }, select: { id: true } }),
  ]);
  const paths = [
    "/",
    "/places",
    "/login",
    "/places/jiangsu",
    tiePath("jiangsu", "gyeonggi"),
    `/agreements/${agreement.slug}`,
    `/delegations/${delegation.slug}`,
    `/people/${person.slug}`,
    `/sources/${source.id}`,
    `/invite/${"x".repeat(43)}`,
    "/no-such-page",
  ];
  for (const path of paths) await expectNoSidewaysScroll(page, path);
});
