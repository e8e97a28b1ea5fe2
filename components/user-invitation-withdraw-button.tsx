"use client";

import { useState, useTransition } from "react";
import { withdrawInvitationAction } from "@/app/admin/users/actions";
import { FormError } from "@/components/ui/field";

// One button per open invitation: its link stops working once withdrawn.
export function InvitationWithdrawButton({ invitationId, email }: { invitationId: string; email: string }) {
  const [error, setError] = useState<string>();
  const [isPending, startTransition] = useTransition();

  function withdraw() {
    setError(undefined);
    startTransition(async () => {
      const result = await withdrawInvitationAction({ invitationId });
      if (!result.ok) setError(result.formError ?? "The invitation could not be withdrawn.");
    });
  }

  return (
    <>
      <button
        type="button"
        className="secondary"
        onClick={withdraw}
        disabled={isPending}
        aria-label={`Withdraw the invitation of ${email}`}
      >
        Withdraw
      </button>
      <FormError message={error} />
    </>
  );
}
