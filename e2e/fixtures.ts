import { test as base } from "@playwright/test";
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

type Fixtures = { loginAs: (role: Role) => Promise<TestUser> };

// Signing in through the form is sign-in.spec.ts's job; every other journey starts signed in.
export const test = base.extend<Fixtures>({
  loginAs: async ({ context, baseURL }, use) => {
    await use(async (role) => {
      const user = await createUser({ role });
      await context.addCookies([
        {
          name: SESSION_COOKIE,
          value: await mintSessionToken(user),
          domain: new URL(baseURL!).hostname,
          path: "/",
          httpOnly: true,
          sameSite: "Lax",
        },
      ]);
      return user;
    });
  },
});

export { expect } from "@playwright/test";
