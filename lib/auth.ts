import "server-only";
import { getServerSession, type NextAuthOptions } from "next-auth";
import type { JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { redirect } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/enums";
import { findSessionUser, versionOf, type SessionClaims, type SessionUser } from "@/lib/session-user";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { forgiveSignInAttempt, signInAttempt } from "@/lib/login-throttle";
import { verifyAccountPassword } from "@/lib/password";
import { signInSchema } from "@/lib/sign-in-schema";
import { can, type Action } from "@/lib/permissions";

export { findSessionUser, type SessionUser };
type SignedInUser = SessionUser & { sessionVersion: number };

type SignInRequest = { headers?: Record<string, string> };

// Throttling counts the attempt in app/api/auth/[...nextauth]/route.ts before this runs;
// a right password forgives it here.
export async function authorize(credentials: unknown, request?: SignInRequest): Promise<SignedInUser | null> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await prisma.user.findUnique({ where: { email } });
  const isValid = await verifyAccountPassword(user?.passwordHash, password);
  if (!user || !isValid) {
    await recordAudit({ actorId: user?.id ?? null, action: "sign-in-failed", detail: { email } });
    return null;
  }
  if (user.disabledAt) {
    await recordAudit({ actorId: user.id, action: "sign-in-failed", detail: { email, reason: "disabled" } });
    throw new Error("AccountDisabled");
  }
  await forgiveSignInAttempt(signInAttempt(email, new Headers(request?.headers)));
  await recordAudit({ actorId: user.id, action: "sign-in" });
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}

// Only a current session's sign-out ends the others: a copy of a cookie that has already
// ended cannot sign its owner out everywhere.
async function endSessions(token: JWT) {
  const where = { id: token.sub, sessionVersion: versionOf(token.sessionVersion) };
  const { count } = await prisma.user.updateMany({ where, data: { sessionVersion: { increment: 1 } } });
  if (count > 0) await recordAudit({ actorId: token.sub!, action: "sign-out" });
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize,
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const { role, sessionVersion } = user as SignedInUser;
        Object.assign(token, { role, sessionVersion });
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) Object.assign(session.user, { id: token.sub, role: token.role, sessionVersion: versionOf(token.sessionVersion) });
      return session;
    },
  },
  events: {
    // Signing out anywhere ends every session of the user, on every device.
    async signOut({ token }) {
      if (token?.sub) await endSessions(token);
    },
  },
};

export async function getCurrentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  return findSessionUser(session?.user as SessionClaims | undefined);
}

export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

export async function requireRole(...roles: Role[]): Promise<SessionUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) redirect("/admin?denied=1");
  return user;
}

export async function requirePermission(action: Action): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user, action)) redirect("/admin?denied=1");
  return user;
}
