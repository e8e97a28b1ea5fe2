import type { Page } from "@playwright/test";
import { test, expect, mintSessionToken, SESSION_COOKIE } from "./fixtures";
import { createUser, db, uniqueId } from "./factories";

const NEEDS = [
  { path: "/admin/users", roles: "Admin" },
  { path: "/admin/audit", roles: "Admin" },
  { path: "/admin/review", roles: "Reviewer or Admin" },
];

for (const { path, roles } of NEEDS) {
  test(`an editor opening ${path} is answered 403, with the role it needs`, async ({ page, loginAs }) => {
    await loginAs("EDITOR");

    const response = await page.goto(path);

    expect(response?.status()).toBe(403);
    await expect(page).toHaveURL(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You cannot open this page");
    await expect(page.getByRole("main")).toContainText(`It needs the ${roles} role.`);
    const nav = page.getByRole("navigation", { name: "Editors" });
    await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  });
}

test("a reviewer opens the review queue, and is answered 403 only for an admin's page", async ({ page, loginAs }) => {
  await loginAs("REVIEWER");

  expect((await page.goto("/admin/review"))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Review queue");

  expect((await page.goto("/admin/users"))?.status()).toBe(403);
  await expect(page.getByRole("main")).toContainText("It needs the Admin role.");
});

type UserCall = { actionId: string; body: string; email: string };

// Fill the new-user form as an admin and catch the browser's own request to learn the
// action id and the input's shape (as in server-action-guard.spec.ts), without sending it.
async function captureNewUserCall(page: Page): Promise<UserCall> {
  const email = `replayed-${uniqueId()}@e2e.test`;
  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "New user" });
  await form.getByLabel("Name", { exact: true }).fill("Replayed person");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption({ label: "Admin" });
  await form.getByLabel("Initial password").fill(`pw-${uniqueId()}-${uniqueId()}`);
  const request = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await page.route("/admin/users", (route) => (route.request().method() === "POST" ? route.abort() : route.fallback()));
  await form.getByRole("button", { name: "Create user" }).click();
  const sent = await request;
  return { actionId: sent.headers()["next-action"], body: sent.postData()!, email };
}

const usersWithEmail = (email: string) => db.user.count({ where: { email } });

test("an editor's direct call of the new-user action stores nothing", async ({ page, loginAs, request }) => {
  await loginAs("ADMIN");
  const call = await captureNewUserCall(page);
  const editor = await createUser({ role: "EDITOR" });
  const headers = { "Next-Action": call.actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" };

  const refused = await request.post("/admin/users", {
    headers: { ...headers, Cookie: `${SESSION_COOKIE}=${await mintSessionToken(editor)}` },
    data: call.body,
    maxRedirects: 0,
  });

  // Refused before its input is read: sent to the dashboard with "not allowed".
  expect(refused.headers()["x-action-redirect"]).toMatch(/^\/admin\?denied=1/);
  expect(await refused.text()).not.toContain('"ok":true');
  expect(await usersWithEmail(call.email)).toBe(0);
  expect(await db.auditEvent.count({ where: { actorId: editor.id } })).toBe(0);

  // The admin's own session sends the same request through, so the refusal was the editor's role.
  const accepted = await page.request.post("/admin/users", { headers, data: call.body, maxRedirects: 0 });
  expect(accepted.headers()["x-action-redirect"]).toMatch(/^\/admin\/users\?created=/);
  expect(await usersWithEmail(call.email)).toBe(1);
});
