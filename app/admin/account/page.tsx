import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { PasswordChangeForm } from "@/components/password-change-form";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requireUser();
  return (
    <>
      <h1>Your account</h1>
      <p className="muted">
        {user.name} · {user.email}
      </p>
      <h2>Change password</h2>
      <p className="muted">Changing it signs you out everywhere, here too: sign in again with the new password.</p>
      <PasswordChangeForm />
    </>
  );
}
