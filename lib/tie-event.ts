import "server-only";
import { tieTitle } from "@/lib/tie-path";
import { prisma } from "@/lib/db";
import type { ChangeOperation, RecordType } from "@/lib/generated/prisma/enums";
import { openedVersion, saveProposal, saveWithReason, type ProposedItem } from "@/lib/change-request";
import { refId } from "@/lib/citation-policy";
import { citationItems, proposedCitation, type CitedClaim } from "@/lib/claim-citations";
import { uncited } from "@/lib/claim-citation-schema";
import { changedFields, diffContent } from "@/lib/record-diff";
import { tieEventRecord } from "@/lib/tie-event-record";
import type { ActionResult } from "@/lib/action-result";
import type { Actor } from "@/lib/permissions";
import type { RemovalInput } from "@/lib/removal-schema";
import { TIE_EVENT_CLAIMS, tieEventSchema, type TieEventCitations, type TieEventProposal } from "@/lib/tie-event-schema";

// The new event's ref inside its change, which its citations point at (refId).
const EVENT_REF = "event";

export async function getTieForEditing(tieId: string) {
  return prisma.tie.findFirst({
    where: { id: tieId, retiredAt: null },
    select: {
      id: true,
      kind: true,
      establishedOn: true,
      placeA: { select: { name: true, slug: true } },
      placeB: { select: { name: true, slug: true } },
      events: { orderBy: { occurredOn: "asc" }, select: { id: true, type: true, kind: true, occurredOn: true, term: true } },
    },
  });
}

export async function listTiesOfPlace(placeId: string) {
  const ties = await prisma.tie.findMany({
    where: { retiredAt: null, OR: [{ placeAId: placeId }, { placeBId: placeId }] },
    select: { id: true, placeAId: true, placeA: { select: { name: true } }, placeB: { select: { name: true } } },
  });
  return ties.map((tie) => ({ id: tie.id, partner: tie.placeAId === placeId ? tie.placeB.name : tie.placeA.name }));
}

// A published event in the edit form's shape, with the tie it belongs to.
export async function getTieEventForEditing(eventId: string) {
  const event = await tieEventRecord.load(prisma, eventId);
  const tie = event ? await getTieForEditing(event.content.tieId) : null;
  return event && tie ? { event, tie } : null;
}

// Which proposal the form saves: a new event, an edit of a published one, or a revision of
// the author's own draft or returned change.
export type TieEventTarget = { eventId?: string; changeId?: string; baseVersion?: number };

// The event's own item: a creation, or an edit against the tie's version now (none when
// only passages are added). A string is the refusal to show.
async function eventItems(event: TieEventProposal["event"], { eventId, baseVersion }: TieEventTarget): Promise<ProposedItem[] | string> {
  if (!eventId) return [{ recordType: "TIE_EVENT", operation: "CREATE", ref: EVENT_REF, payload: event }];
  const current = await tieEventRecord.load(prisma, eventId);
  if (!current) return "This event is no longer published.";
  if (current.content.tieId !== event.tieId) return "This event belongs to another tie; reload the page.";
  if (changedFields(diffContent(current.content, event)).length === 0) return [];
  const prepared = openedVersion(baseVersion, current.version);
  return [{ recordType: "TIE_EVENT", operation: "UPDATE", recordId: eventId, baseVersion: prepared, payload: event }];
}

// The key claims of an event (new: "ref:event"; published: its id) with the passages given.
export function eventClaims(recordId: string, citations: TieEventCitations): CitedClaim[] {
  return TIE_EVENT_CLAIMS.map((field) => ({
    recordType: "TIE_EVENT",
    recordId,
    field,
    citation: citations[field],
    path: `citations.${field}`,
  }));
}

// The passages a change proposes for an event's key claims, read back for a revise form.
export function proposedEventCitations(items: Parameters<typeof proposedCitation>[0], recordId: string): TieEventCitations {
  const citationOf = (field: string) => proposedCitation(items, "TIE_EVENT", recordId, field) ?? uncited();
  return { kind: citationOf("kind"), occurredOn: citationOf("occurredOn") };
}

// A new event in a tie's history, or an edit of one, proposed together with the passages
// that support its kind and date, so the citation policy can be met in one review.
export async function proposeTieEvent(
  actor: Actor,
  { event, citations }: TieEventProposal,
  target: TieEventTarget = {},
): Promise<ActionResult<{ id: string }>> {
  const tie = await getTieForEditing(event.tieId);
  if (!tie) return { ok: false, formError: "This tie is no longer published." };
  const own = await eventItems(event, target);
  if (typeof own === "string") return { ok: false, formError: own };
  const recordId = target.eventId ?? refId(EVENT_REF);
  const cited = await citationItems(eventClaims(recordId, citations));
  if (Object.keys(cited.fieldErrors).length > 0) return { ok: false, fieldErrors: cited.fieldErrors };
  const items = [...own, ...cited.items];
  if (items.length === 0) return { ok: false, formError: "Nothing has changed: edit the event or cite a passage before submitting." };
  const title = target.eventId
    ? `Edit tie event: ${tieTitle(tie.placeA.name, tie.placeB.name)}, ${tieEventRecord.titleOf(event)}`
    : `New tie event: ${tieTitle(tie.placeA.name, tie.placeB.name)}`;
  return saveProposal(actor, { title, submit: true, items }, target.changeId);
}

// Taking an event out of a tie's history (a misdated duplicate, an event that never
// happened) is a proposal too; the tie's kind and status are derived again on approval.
export async function proposeTieEventRemoval(
  actor: Actor,
  { recordId: eventId, reason }: RemovalInput,
  changeId?: string,
): Promise<ActionResult<{ id: string }>> {
  const found = await getTieEventForEditing(eventId);
  if (!found) return { ok: false, formError: "This event is no longer published." };
  const { event, tie } = found;
  const item: ProposedItem = {
    recordType: "TIE_EVENT",
    operation: "DELETE",
    recordId: eventId,
    baseVersion: event.version,
    payload: event.content,
  };
  const title = `Remove tie event: ${tieTitle(tie.placeA.name, tie.placeB.name)}, ${event.title}`;
  return saveWithReason(actor, { title, submit: true, items: [item] }, reason, changeId);
}

// A change's item as the revise page reads it; its payload is parsed here, not trusted.
type StoredItem = { recordType: RecordType; operation: ChangeOperation; payload: unknown; ref: string | null; recordId: string | null };

// The form's values rebuilt from a change's pending items, for its author to revise: a new
// event (ref "event") or an edit of a published one, with the passages for its key claims.
// Null when the change is not one the form makes, since saving it would drop the rest.
export function tieEventProposalFrom(items: StoredItem[]): { proposal: TieEventProposal; eventId?: string } | null {
  const events = items.filter((i) => i.recordType === "TIE_EVENT");
  const [item] = events;
  const isFormItem = item && (item.operation === "UPDATE" || (item.operation === "CREATE" && item.ref === EVENT_REF));
  const event = tieEventSchema.safeParse(item?.payload);
  if (!isFormItem || events.length > 1 || !event.success) return null;
  const eventId = item.operation === "UPDATE" ? (item.recordId ?? undefined) : undefined;
  const recordId = eventId ?? refId(EVENT_REF);
  const citationsOfEvent = items.filter((i) => i.recordType === "CITATION");
  const citations = proposedEventCitations(items, recordId);
  const placed = TIE_EVENT_CLAIMS.filter((field) => citations[field].sourceId).length;
  if (placed !== citationsOfEvent.length) return null;
  return { proposal: { event: event.data, citations }, eventId };
}
