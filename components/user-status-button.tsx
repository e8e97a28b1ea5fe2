"use client";

import { useState, useTransition } from "react";
import { saveUserStatus } from "@/app/admin/users/actions";
import { FormError } from "@/components/ui/field";

type Props = { userId: string; isDisabled: boolean };

// One button, no fields: the input is fixed by the row, and the action re-validates it.
export function UserStatusButton({ userId, isDisabled }: Props) {
  const [error, setError] = useState<string>();
  const [isPending, startTransition] = useTransition();

  function toggle() {
    setError(undefined);
    startTransition(async () => {
      const result = await saveUserStatus({ userId, disabled: !isDisabled });
      if (!result.ok) setError(result.formError ?? "That change could not be saved.");
    });
  }

  return (
    <>
      <button type="button" className="secondary" onClick={toggle} disabled={isPending}>
        {isDisabled ? "Re-enable" : "Disable"}
      </button>
      <FormError message={error} />
    </>
  );
}
