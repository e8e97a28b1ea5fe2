import type { Metadata } from "next";
import { Suspense } from "react";
import { findOpenInvitation, whyUnusable } from "@/lib/invitation";
import { ROLE_LABELS } from "@/lib/permissions";
import { InvitationAcceptanceForm } from "@/components/user-invitation-acceptance-form";

// The address holds the token: no search engine should keep it.
export const metadata: Metadata = { title: "Set your password", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

async function Invitation({ params }: Props) {
  const { token } = await params;
  const invitation = await findOpenInvitation(token);
  if (!invitation) {
    return (
      <>
        <h1>This invitation cannot be used</h1>
        <p>{await whyUnusable(token)}</p>
      </>
    );
  }
  return (
    <>
      <h1>Welcome to Amity, {invitation.name}</h1>
      <p className="muted">
        You are invited as {ROLE_LABELS[invitation.role].toLowerCase()}, signing in as <strong>{invitation.email}</strong>. Choose a
        password to finish; this link then stops working.
      </p>
      <InvitationAcceptanceForm token={token} email={invitation.email} />
    </>
  );
}

export default function InvitationPage({ params }: Props) {
  return (
    <div className="card narrow-card">
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <Invitation params={params} />
      </Suspense>
    </div>
  );
}
