"use client";

import { useState, useTransition } from "react";
import { unstable_rethrow } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";

type Props = { label: string; action: () => Promise<ActionResult>; confirm?: string; className?: string };

// A one-click step on a change (submit, withdraw) that shows the server's refusal, if any.
export function ChangeActionButton({ label, action, confirm, className = "secondary" }: Props) {
  const [error, setError] = useState<string>();
  const [isPending, startTransition] = useTransition();
  const run = () => {
    if (confirm && !window.confirm(confirm)) return;
    startTransition(async () => {
      // An unexpected server error rolls the step back whole; say which step did not happen.
      const result = await action().catch((error: unknown) => {
        unstable_rethrow(error);
        return { ok: false as const, formError: `“${label}” did not go through: the change is as it was. Try again.` };
      });
      setError(result.ok ? undefined : (result.formError ?? "That did not work."));
    });
  };
  return (
    <span>
      <button type="button" className={className} disabled={isPending} onClick={run}>
        {label}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {" "}
          {error}
        </span>
      )}
    </span>
  );
}
