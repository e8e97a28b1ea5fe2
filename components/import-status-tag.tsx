import type { ImportRunStatus } from "@/lib/generated/prisma/enums";

const STATUS: Record<ImportRunStatus, { label: string; tone: string }> = {
  MATCHING: { label: "Matching", tone: "tag-warn" },
  AWAITING_RESOLUTION: { label: "Waiting for your choices", tone: "tag-warn" },
  PROPOSING: { label: "Proposing", tone: "tag-warn" },
  DONE: { label: "Done", tone: "tag-ok" },
  FAILED: { label: "Failed", tone: "tag-danger" },
};

// A run that stopped moving shows as stopped, whatever step it was at (lib/import-run-resolutions.ts).
export function ImportStatusTag({ status, isStalled }: { status: ImportRunStatus; isStalled: boolean }) {
  const { label, tone } = isStalled ? { label: "Stopped", tone: "tag-danger" } : STATUS[status];
  return <span className={`tag ${tone}`}>{label}</span>;
}
