import { test as base, type APIRequestContext, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import type { Role } from "../lib/generated/prisma/enums";
import { createUser, type TestUser } from "./factories";

export const SESSION_COOKIE = "next-auth.session-token";

// The same token next-auth's jwt callback writes (lib/auth.ts), signed with the server's secret.
export function mintSessionToken(user: TestUser) {
  return encode({
    token: { sub: user.id, name: user.name, email: user.email, role: user.role },
    secret: process.env.NEXTAUTH_SECRET!,
  });
}

async function signIn(context: BrowserContext, role: Role, baseURL: string) {
  const user = await createUser({ role });
  await context.addCookies([
    {
      name: SESSION_COOKIE,
      value: await mintSessionToken(user),
      domain: new URL(baseURL).hostname,
      path: "/",
      httpOnly: true,
      sameSite: "Lax",
    },
  ]);
  return user;
}

type Fixtures = {
  loginAs: (role: Role) => Promise<TestUser>;
  // A second person at their own browser, e.g. the reviewer of what `page`'s editor proposed.
  loginInNewContext: (role: Role) => Promise<{ user: TestUser; page: Page }>;
};

// Signing in through the form is sign-in.spec.ts's job; every other journey starts signed in.
export const test = base.extend<Fixtures>({
  loginAs: async ({ context, baseURL }, use) => {
    await use((role) => signIn(context, role, baseURL!));
  },
  loginInNewContext: async ({ browser, baseURL }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (role) => {
      const context = await browser.newContext();
      contexts.push(context);
      const user = await signIn(context, role, baseURL!);
      return { user, page: await context.newPage() };
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

export { expect } from "@playwright/test";

export type ActionCall = { actionId: string; args: unknown[] };

// A server action is a public POST endpoint: the page URL, a `Next-Action` header naming
// the action, and the JSON-encoded arguments. `submit` makes the browser call it; the call
// is caught without letting it through, to learn the action's id and arguments.
export async function catchActionCall(page: Page, submit: () => Promise<void>): Promise<ActionCall> {
  const path = new URL(page.url()).pathname;
  const request = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await page.route(path, (route) => (route.request().method() === "POST" ? route.abort() : route.fallback()));
  await submit();
  const sent = await request;
  return { actionId: sent.headers()["next-action"], args: JSON.parse(sent.postData()!) };
}

// `session` is a user to sign the session cookie for, or the cookie's raw value.
export async function sendActionCall(api: APIRequestContext, path: string, { actionId, args }: ActionCall, session?: TestUser | string) {
  const token = typeof session === "object" ? await mintSessionToken(session) : session;
  const cookie: Record<string, string> = token ? { Cookie: `${SESSION_COOKIE}=${token}` } : {};
  return api.post(path, {
    headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", ...cookie },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
}

// Drags the mouse across `passage` in `box`, from the left edge of its first character to
// the right edge of its last, as a reader selects words. The passage must be visible.
export async function selectWithMouse(box: Locator, passage: string) {
  await box.scrollIntoViewIfNeeded();
  const { from, to } = await box.evaluate((element, text) => {
    const content = element.textContent ?? "";
    const at = content.indexOf(text);
    if (at === -1) throw new Error(`"${text}" is not in the box`);
    const charRect = (offset: number) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let seen = 0, node = walker.nextNode(); node; seen += node.textContent!.length, node = walker.nextNode()) {
        if (offset >= seen + node.textContent!.length) continue;
        const range = document.createRange();
        range.setStart(node, offset - seen);
        range.setEnd(node, offset - seen + 1);
        return range.getBoundingClientRect();
      }
      throw new Error(`no character at ${offset}`);
    };
    const first = charRect(at);
    const last = charRect(at + text.length - 1);
    return {
      from: { x: first.left + 1, y: first.top + first.height / 2 },
      to: { x: last.right - 1, y: last.top + last.height / 2 },
    };
  }, passage);
  const { mouse } = box.page();
  await mouse.move(from.x, from.y);
  await mouse.down();
  await mouse.move(to.x, to.y, { steps: 10 });
  await mouse.up();
}

// Fills in and sends the sign-in form on the page's /login; resolves to the server's answer.
export async function submitSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  const answer = page.waitForResponse((r) => r.url().endsWith("/api/auth/callback/credentials") && r.request().method() === "POST");
  await page.getByRole("button", { name: "Sign in" }).click();
  return answer;
}
