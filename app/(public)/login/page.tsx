import type { Metadata } from "next";
import { Suspense } from "react";
import { SignInForm } from "@/components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default function LoginPage() {
  return (
    <div className="card" style={{ maxWidth: "26rem", margin: "2rem auto" }}>
      <h1>Sign in</h1>
      <p className="muted">For editors, reviewers and admins. The public record needs no account.</p>
      <Suspense fallback={<p>Loading…</p>}>
        <SignInForm />
      </Suspense>
    </div>
  );
}
