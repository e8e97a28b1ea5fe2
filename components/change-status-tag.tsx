import type { ChangeStatus } from "@/lib/enums";

const STATUS: Record<ChangeStatus, { label: string; tone: string }> = {
  DRAFT: { label: "Draft", tone: "" },
  SUBMITTED: { label: "Awaiting review", tone: "tag-warn" },
  RETURNED: { label: "Returned", tone: "tag-danger" },
  APPROVED: { label: "Approved", tone: "tag-ok" },
  PARTIALLY_APPROVED: { label: "Partly approved", tone: "tag-ok" },
  WITHDRAWN: { label: "Withdrawn", tone: "" },
};

export function ChangeStatusTag({ status }: { status: ChangeStatus }) {
  return <span className={`tag ${STATUS[status].tone}`}>{STATUS[status].label}</span>;
}
