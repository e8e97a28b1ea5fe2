import { test, expect } from "./fixtures";
import { expectAccessible } from "./axe";
import { createUser, uniqueId } from "./factories";

test("an admin invites a colleague, who sets a password from the link and signs in with the invited role", async ({
  page,
  loginAs,
  browser,
  baseURL,
}) => {
  await loginAs("ADMIN");
  const name = `Invited ${uniqueId()}`;
  const email = `invited-${uniqueId()}@e2e.test`;
  const password = `pw-${uniqueId()}-${uniqueId()}`;

  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "Invite a colleague" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption({ label: "Reviewer" });
  await form.getByRole("button", { name: "Invite" }).click();

  const shown = form.getByLabel(`Invitation link for ${email}`);
  await expect(shown).toBeVisible();
  const link = await shown.inputValue();
  expect(new URL(link).pathname).toMatch(/^\/invite\/[\w-]{43}$/);
  await expect(form.getByLabel("Email")).toHaveValue("");
  await expect(page.getByRole("region", { name: "Open invitations" }).getByRole("row").filter({ hasText: email })).toContainText(
    "Reviewer",
  );
  await expectAccessible(page);

  // The colleague, at their own browser, with nothing but the link.
  const context = await browser.newContext({ baseURL });
  const colleague = await context.newPage();
  await colleague.goto(link);
  await expect(colleague).toHaveTitle("Set your password · Amity");
  await expect(colleague.getByRole("heading", { name: `Welcome to Amity, ${name}` })).toBeVisible();
  await expect(colleague.getByText(`invited as reviewer, signing in as ${email}`)).toBeVisible();
  await expectAccessible(colleague);

  // By role, not label: Next keeps a page visited before in the document, hidden, and a
  // role finds only what is shown (the set-password form, then the sign-in form).
  await colleague.getByRole("textbox", { name: "Password", exact: true }).fill(password);
  await colleague.getByRole("textbox", { name: "Password again" }).fill(`${password} but different`);
  await colleague.getByRole("button", { name: "Set password" }).click();
  await expect(colleague.getByRole("form", { name: "Set your password" }).getByRole("alert")).toHaveText("Type the same password again");
  await expect(colleague.getByRole("textbox", { name: "Password", exact: true })).toHaveValue(password);

  await colleague.getByRole("textbox", { name: "Password again" }).fill(password);
  await colleague.getByRole("button", { name: "Set password" }).click();
  await expect(colleague).toHaveURL("/invite/accepted");
  await expect(colleague.getByRole("status")).toContainText("Your password is set");
  await expectAccessible(colleague);

  await colleague.getByRole("textbox", { name: "Email" }).fill(email);
  await colleague.getByRole("textbox", { name: "Password", exact: true }).fill(password);
  await colleague.getByRole("button", { name: "Sign in" }).click();
  await expect(colleague).toHaveURL("/admin");
  await expect(colleague.getByRole("heading", { name: `Welcome, ${name}` })).toBeVisible();
  await expect(colleague.getByRole("navigation", { name: "Editors" })).toContainText(`${email} · Reviewer`);

  // Used once, the link opens nothing more.
  await colleague.goto(link);
  await expect(colleague.getByRole("heading", { name: "This invitation cannot be used" })).toBeVisible();
  await expect(colleague.getByRole("textbox", { name: "Password", exact: true })).toHaveCount(0);
  await context.close();

  await page.reload();
  await expect(page.getByRole("region", { name: "All users" }).getByRole("row").filter({ hasText: email })).toBeVisible();
  await expect(page.getByRole("region", { name: "Open invitations" }).getByRole("row").filter({ hasText: email })).toHaveCount(0);
});

test("an address that already has an account is refused at the email field", async ({ page, loginAs }) => {
  await loginAs("ADMIN");
  const existing = await createUser({ role: "EDITOR" });

  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "Invite a colleague" });
  await form.getByLabel("Name").fill("Someone again");
  await form.getByLabel("Email").fill(existing.email.toUpperCase());
  await form.getByRole("button", { name: "Invite" }).click();

  await expect(form.getByRole("alert")).toHaveText("A user with this email already exists");
  await expect(form.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Name")).toHaveValue("Someone again");
  await expect(form.getByRole("status")).toHaveCount(0);
});

test("a link that names no invitation says so, and offers no form", async ({ page }) => {
  await page.goto(`/invite/${"x".repeat(43)}`);

  await expect(page.getByRole("heading", { name: "This invitation cannot be used" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Set password" })).toHaveCount(0);
  await expectAccessible(page);
});

test("an admin withdraws an invitation; its link then says it was withdrawn", async ({ page, loginAs, browser, baseURL }) => {
  await loginAs("ADMIN");
  const email = `withdrawn-${uniqueId()}@e2e.test`;
  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "Invite a colleague" });
  await form.getByLabel("Name").fill("Not after all");
  await form.getByLabel("Email").fill(email);
  await form.getByRole("button", { name: "Invite" }).click();
  const link = await form.getByLabel(`Invitation link for ${email}`).inputValue();

  const invitations = page.getByRole("region", { name: "Open invitations" });
  await invitations.getByRole("button", { name: `Withdraw the invitation of ${email}` }).click();
  await expect(invitations.getByRole("row").filter({ hasText: email })).toHaveCount(0);

  const context = await browser.newContext({ baseURL });
  const colleague = await context.newPage();
  await colleague.goto(link);
  await expect(colleague.getByRole("heading", { name: "This invitation cannot be used" })).toBeVisible();
  await expect(colleague.getByText("This invitation was withdrawn.")).toBeVisible();
  await expect(colleague.getByRole("button", { name: "Set password" })).toHaveCount(0);
  await context.close();

  await page.goto("/admin/audit");
  await expect(page.getByRole("row").filter({ hasText: "Invitation withdrawn" }).filter({ hasText: email })).toBeVisible();
});
