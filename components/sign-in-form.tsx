"use client";

import { useSearchParams } from "next/navigation";
import { signIn } from "next-auth/react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signInSchema, SIGN_IN_ERRORS, type SignInInput } from "@/lib/sign-in-schema";
import { Field, FormError } from "@/components/ui/field";

// Only ever return to a page of this site: "/\evil.example" and the like resolve to
// another origin and are dropped.
function sameOriginPath(url: string | null): string {
  const target = new URL(url || "/admin", window.location.origin);
  return target.origin === window.location.origin ? target.pathname + target.search + target.hash : "/admin";
}

export function SignInForm() {
  const callbackUrl = useSearchParams().get("callbackUrl");
  const { register, handleSubmit, setError, formState } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
  });
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: SignInInput) {
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      const code = (result?.error ?? "CredentialsSignin") as keyof typeof SIGN_IN_ERRORS;
      setError("root", { message: SIGN_IN_ERRORS[code] ?? SIGN_IN_ERRORS.CredentialsSignin });
      return;
    }
    // A full load, not router.replace: the client router may hold a prefetched
    // "/admin → /login" redirect from before the session existed.
    window.location.assign(sameOriginPath(callbackUrl));
  }

  return (
    <form className="stack" onSubmit={handleSubmit(onSubmit)} noValidate>
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
