import type { Page } from "@playwright/test";
import { test, expect, mintSessionToken, SESSION_COOKIE } from "./fixtures";
import { createUser, db, uniqueId } from "./factories";

for (const path of ["/admin/users", "/admin/audit"]) {
  test(`an editor visiting ${path} is sent to the dashboard`, async ({ page, loginAs }) => {
    await loginAs("EDITOR");

    await page.goto(path);

    await expect(page).toHaveURL("/admin?denied=1");
    await expect(page.getByRole("alert").filter({ hasText: "Your role does not allow that page." })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Editors" });
    await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  });
}

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
