import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth";
import { signInAttempt, startSignInAttempt, type Lockout } from "@/lib/login-throttle";

type Context = { params: Promise<{ nextauth: string[] }> };

const handler = NextAuth(authOptions);

// next-auth takes a JSON or a form body; the email is read from a copy, the original left to it.
async function credentialsOf(request: NextRequest): Promise<Record<string, unknown>> {
  const copy = request.clone();
  if (copy.headers.get("content-type")?.includes("application/json")) return copy.json().catch(() => ({}));
  return Object.fromEntries(await copy.formData().catch(() => new FormData()));
}

// The body keeps next-auth's shape ({ url } naming the error), which its signIn() reads;
// the sign-in form reads Retry-After to say how long to wait.
function tooManyAttempts(request: NextRequest, { retryAfterSeconds }: Lockout) {
  const url = new URL("/login?error=TooManyAttempts", request.url);
  const headers = { "Retry-After": String(retryAfterSeconds) };
  return Response.json({ url, retryAfterSeconds }, { status: 429, headers });
}

// Only the credentials callback checks a password. A locked attempt is refused here,
// before next-auth or argon2 spend any work on it.
async function POST(request: NextRequest, context: Context) {
  const [action, provider] = (await context.params).nextauth;
  if (action !== "callback" || provider !== "credentials") return handler(request, context);
  const { email } = await credentialsOf(request);
  const lockout = await startSignInAttempt(signInAttempt(email, request.headers));
  if (lockout) return tooManyAttempts(request, lockout);
  return handler(request, context);
}

export { handler as GET, POST };
