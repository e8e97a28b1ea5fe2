"use client";

import { useSearchParams } from "next/navigation";
import { getCsrfToken } from "next-auth/react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { lockoutMessage, signInSchema, SIGN_IN_ERRORS, type SignInInput } from "@/lib/sign-in-schema";
import { Field, FormError } from "@/components/ui/field";

// Only ever return to a page of this site: "/\evil.example" and the like resolve to
// another origin and are dropped.
function sameOriginPath(url: string | null): string {
  const target = new URL(url || "/admin", window.location.origin);
  return target.origin === window.location.origin ? target.pathname + target.search + target.hash : "/admin";
}

// What next-auth's signIn() does, except that it hides the response's headers, and a
// lockout (429) says in Retry-After how long it lasts. Returns the message to show, if any.
async function signInWithPassword(values: SignInInput): Promise<string | null> {
  const body = new URLSearchParams({ ...values, csrfToken: (await getCsrfToken()) ?? "", json: "true" });
  const response = await fetch("/api/auth/callback/credentials", { method: "POST", body });
  if (response.status === 429) return lockoutMessage(Number(response.headers.get("Retry-After")) || 60);
  const { url } = (await response.json()) as { url: string };
  const code = new URL(url).searchParams.get("error");
  if (response.ok && !code) return null;
  return SIGN_IN_ERRORS[code as keyof typeof SIGN_IN_ERRORS] ?? SIGN_IN_ERRORS.CredentialsSignin;
}

export function SignInForm() {
  const searchParams = useSearchParams();
  const callbackUrl = searchParams.get("callbackUrl");
  const { register, handleSubmit, setError, formState } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
  });
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: SignInInput) {
    const failure = await signInWithPassword(values);
    if (failure) {
      setError("root", { message: failure });
      return;
    }
    // A full load, not router.replace: the client router may hold a prefetched
    // "/admin → /login" redirect from before the session existed.
    window.location.assign(sameOriginPath(callbackUrl));
  }

  // POST even before the script runs: a form sent as GET would put the password in the
  // address, and so in the browser's history and the server's logs.
  return (
    <form className="stack" method="post" onSubmit={handleSubmit(onSubmit)} noValidate>
      {searchParams.has("passwordChanged") && (
        <p className="notice" role="status">
          Your password was changed and every session ended: sign in with the new one.
        </p>
      )}
      <FormError message={errors.root?.message} />
      <Field id="email" label="Email" error={errors.email?.message}>
        <input
          id="email"
          type="email"
          autoComplete="username"
          aria-invalid={!!errors.email}
          aria-describedby="email-error"
          {...register("email")}
        />
      </Field>
      <Field id="password" label="Password" error={errors.password?.message}>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={!!errors.password}
          aria-describedby="password-error"
          {...register("password")}
        />
      </Field>
      <div>
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Signing in…" : "Sign in"}
        </button>
      </div>
    </form>
  );
}
