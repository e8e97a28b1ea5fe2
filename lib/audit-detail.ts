import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { ROLE_LABELS } from "@/lib/permissions";

// An audit event's detail, as the code that records it writes it (the callers of
// recordAudit in lib/): read leniently, since a row is never rewritten when that code changes.
const role = z.enum(Role);
const auditDetailSchema = z
  .object({
    email: z.string(),
    reason: z.string(),
    address: z.string(),
    scope: z.string(),
    retryAfterSeconds: z.number(),
    role,
    via: z.string(),
    from: role,
    to: role,
    comment: z.string(),
    partial: z.boolean(),
    items: z.array(z.string()),
    resubmitted: z.boolean(),
    version: z.number(),
    changeRequestId: z.string(),
    title: z.string(),
  })
  .partial();

export type AuditDetail = z.infer<typeof auditDetailSchema>;

// One line of an event's detail in words; `changeId` when it names a change, which
// lib/audit-log.ts turns into the change's title and a link to it.
export type DetailLine = { label: string; text: string; changeId?: string; href?: string };

const LOCK_SCOPES: Record<string, string> = {
  "account-at-address": "this account from this address",
  account: "this account from every address",
  address: "every account from this address",
};

const REASONS: Record<string, string> = { disabled: "the account is disabled" };

const minutes = (seconds: number) => `${Math.ceil(seconds / 60)} minute${seconds > 60 ? "s" : ""}`;

function linesOf(detail: AuditDetail): DetailLine[] {
  const { email, reason, address, scope, retryAfterSeconds, via, from, to, comment, partial, items, resubmitted, version } = detail;
  const lines: (DetailLine | false | undefined)[] = [
    email !== undefined && { label: "Email", text: email },
    reason !== undefined && { label: "Refused because", text: REASONS[reason] ?? reason },
    scope !== undefined && {
      label: "Locked",
      text: `${LOCK_SCOPES[scope] ?? scope}${retryAfterSeconds ? ` for ${minutes(retryAfterSeconds)}` : ""}`,
    },
    address !== undefined && { label: "Address", text: address },
    detail.role && { label: "Role", text: ROLE_LABELS[detail.role] },
    via === "console" && { label: "Created", text: "from the server’s console" },
    from && to && { label: "Role", text: `${ROLE_LABELS[from]} → ${ROLE_LABELS[to]}` },
    resubmitted && { label: "Submitted", text: "again, after revision" },
    partial !== undefined && {
      label: "Approved",
      text: partial ? `in part: ${items?.length ?? "some"} of its parts; the rest went back to the author` : "as a whole",
    },
    comment !== undefined && { label: "Comment", text: comment },
    version !== undefined && { label: "Version restored", text: `version ${version}` },
    !!detail.changeRequestId && { label: "Proposed as", text: "a change for review", changeId: detail.changeRequestId },
  ];
  return lines.filter((line): line is DetailLine => !!line);
}

export function auditDetailOf(detail: unknown): AuditDetail {
  const parsed = auditDetailSchema.safeParse(detail);
  return parsed.success ? parsed.data : {};
}

// The detail in words, never as JSON: what the event's row alone cannot say (the target's
// name is shown beside it, so a change's title is not repeated here).
export function describeAuditDetail(detail: unknown): DetailLine[] {
  if (detail === null || typeof detail !== "object") return [];
  const parsed = auditDetailSchema.safeParse(detail);
  if (parsed.success) return linesOf(parsed.data);
  // A detail this code does not know yet: its plain values, each under its own key.
  return Object.entries(detail).flatMap(([key, value]) =>
    ["string", "number", "boolean"].includes(typeof value) ? [{ label: key, text: String(value) }] : [],
  );
}
