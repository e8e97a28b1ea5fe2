"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

const POLL_MS = 1500;

// How far matching or proposing has got, read again from the run every moment: the work
// runs on the server after the upload's response, so a reload or a second tab shows the same.
export function ImportProgress({ status, done, total }: { status: "MATCHING" | "PROPOSING"; done: number; total: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [router]);
  const isCounted = status === "PROPOSING" && total > 0;
  const step =
    status === "MATCHING"
      ? "Matching the list's cities to recorded places…"
      : isCounted
        ? `Proposing: ${done} of ${total} change requests submitted`
        : "Planning the ties and change requests…";
  return (
    <div className="field card">
      <label htmlFor="import-progress">Import progress</label>
      {/* Without a value, a progress bar shows work of unknown length. */}
      <progress
        id="import-progress"
        aria-describedby="import-step"
        max={isCounted ? total : undefined}
        value={isCounted ? done : undefined}
      />
      <p id="import-step" className="small" role="status">
        {step}
      </p>
    </div>
  );
}
