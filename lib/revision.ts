import "server-only";
import type { RecordType } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { createChange } from "@/lib/change-request";
import { recordKind } from "@/lib/record-kinds";
import { readSnapshot } from "@/lib/change-item";
import type { EditableKind } from "@/lib/record-kind";
import { diffContent } from "@/lib/record-diff";
import type { ActionResult } from "@/lib/action-result";
import type { Actor } from "@/lib/permissions";

const revisionSelect = {
  id: true,
  version: true,
  createdAt: true,
  snapshot: true,
  proposedBy: { select: { name: true } },
  approvedBy: { select: { name: true } },
  changeRequest: { select: { id: true, title: true } },
} as const;

// How a kind's diffs read: its field labels and the labels of its fields' values.
function labelsOf(kind: EditableKind): { labels: Record<string, string>; valueLabels: Record<string, Record<string, string>> } {
  const { fieldLabels, valueLabels } = recordKind(kind);
  return { labels: fieldLabels, valueLabels };
}

export async function listRevisions(recordType: RecordType, recordId: string) {
  return prisma.revision.findMany({ where: { recordType, recordId }, orderBy: { version: "desc" }, select: revisionSelect });
}

export async function compareRevisions(recordType: EditableKind, recordId: string, from: number, to: number) {
  const revisions = await prisma.revision.findMany({
    where: { recordType, recordId, version: { in: [from, to] } },
    select: { version: true, snapshot: true },
  });
  const snapshotOf = (version: number) => readSnapshot(recordType, revisions.find((r) => r.version === version)?.snapshot);
  const [before, after] = [snapshotOf(from), snapshotOf(to)];
  if (!before || !after) return null;
  const names = await recordKind(recordType).referenceNames(prisma, [before, after]);
  return { diff: diffContent(before, after), names, ...labelsOf(recordType) };
}

// Restoring is a proposal like any other: the old content, prepared against the current
// version, goes through review before anything public changes.
export async function proposeRestore(
  actor: Actor,
  recordType: EditableKind,
  recordId: string,
  version: number,
): Promise<ActionResult<{ id: string }>> {
  const handler = recordKind(recordType);
  const [revision, current] = await Promise.all([
    prisma.revision.findUnique({ where: { recordType_recordId_version: { recordType, recordId, version } } }),
    handler.load(prisma, recordId),
  ]);
  if (!revision || !current) return { ok: false, formError: "That version or record no longer exists." };
  if (revision.version === current.version) return { ok: false, formError: "This version is already the published one." };
  const content = handler.schema.safeParse(revision.snapshot);
  if (!content.success)
    return { ok: false, formError: "This old version no longer fits the record's current form and cannot be restored." };
  const change = await createChange(actor, {
    title: `Restore ${handler.label.toLowerCase()} ${current.title} to version ${version}`,
    submit: true,
    items: [{ recordType, operation: "UPDATE", recordId, baseVersion: current.version, payload: content.data }],
  });
  await recordAudit({
    actorId: actor.id,
    action: "revision.restored",
    targetType: recordType,
    targetId: recordId,
    detail: { version, changeRequestId: change.id },
  });
  return { ok: true, data: change };
}
