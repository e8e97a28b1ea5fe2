import "server-only";
import { getServerSession, type NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { redirect } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { verifyPassword } from "@/lib/password";
import { signInSchema } from "@/lib/sign-in-schema";
import { can, type Action } from "@/lib/permissions";

export type SessionUser = { id: string; email: string; name: string; role: Role };

async function authorize(credentials: Record<string, string> | undefined) {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await prisma.user.findUnique({ where: { email } });
  const isValid = user ? await verifyPassword(user.passwordHash, password) : false;
  if (!user || !isValid) {
    await recordAudit({ actorId: user?.id ?? null, action: "sign-in-failed", detail: { email } });
    return null;
  }
  if (user.disabledAt) {
    await recordAudit({ actorId: user.id, action: "sign-in-failed", detail: { email, reason: "disabled" } });
    throw new Error("AccountDisabled");
  }
  await recordAudit({ actorId: user.id, action: "sign-in" });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
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
      if (user) token.role = (user as SessionUser).role;
      return token;
    },
    session({ session, token }) {
      if (session.user) Object.assign(session.user, { id: token.sub, role: token.role });
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sub) await recordAudit({ actorId: token.sub, action: "sign-out" });
    },
  },
};

// The session cookie only says who signed in; the database says whether they still may.
// A disabled account or a changed role takes effect on the next request, not at expiry.
export async function getCurrentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = await prisma.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, disabledAt: true },
  });
  if (!user || user.disabledAt) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
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
