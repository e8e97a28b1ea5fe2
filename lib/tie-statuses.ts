import type { TieStatus } from "@/lib/generated/prisma/enums";

export const TIE_STATUS_LABELS: Record<TieStatus, string> = {
  PROPOSED: "Proposed",
  ACTIVE: "Active",
  SUSPENDED: "Suspended",
  ENDED: "Ended",
};
