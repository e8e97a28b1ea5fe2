import type { Metadata } from "next";
import { Suspense } from "react";
import { SignInForm } from "@/components/sign-in-form";

export const metadata: Metadata = { title: "Your account is ready" };

export default function InvitationAcceptedPage() {
  return (
    <div className="card narrow-card">
      <h1>Your account is ready</h1>
      <p className="notice" role="status">
        Your password is set. Sign in with your email and the password you chose.
      </p>
      <Suspense fallback={<p>Loading…</p>}>
        <SignInForm />
      </Suspense>
    </div>
  );
}
