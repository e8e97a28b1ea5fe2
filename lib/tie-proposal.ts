import "server-only";
import { prisma } from "@/lib/db";
import type { ChangeOperation, RecordType } from "@/lib/generated/prisma/enums";
import { saveProposal, type ProposedItem } from "@/lib/change-request";
import { refId } from "@/lib/citation-policy";
import { citationItems } from "@/lib/claim-citations";
import { eventClaims, proposedEventCitations } from "@/lib/tie-event";
import { orderTiePair } from "@/lib/tie-timeline";
import { tieEventSchema } from "@/lib/tie-event-schema";
import { tieSchema, type TieProposal } from "@/lib/tie-schema";
import type { ActionResult } from "@/lib/action-result";
import type { Actor } from "@/lib/permissions";

// Refs inside the change: the new tie, and its first event, which its citations cite.
const TIE_REF = "tie";
const EVENT_REF = "event";

// A new tie between two published places, with its first event and the passages for the
// event's kind and date: one change, approved together. With `changeId` the author's own
// proposal is revised.
export async function proposeTie(actor: Actor, proposal: TieProposal, changeId?: string): Promise<ActionResult<{ id: string }>> {
  const { placeAId, placeBId } = proposal.tie;
  if (placeAId === placeBId) return { ok: false, fieldErrors: { "tie.placeBId": "A tie joins two different places." } };
  const places = await prisma.place.findMany({
    where: { id: { in: [placeAId, placeBId] }, retiredAt: null },
    select: { id: true, name: true },
  });
  const nameOf = (id: string) => places.find((place) => place.id === id)?.name;
  if (!nameOf(placeAId)) return { ok: false, fieldErrors: { "tie.placeAId": "This place is not published; choose another." } };
  if (!nameOf(placeBId)) return { ok: false, fieldErrors: { "tie.placeBId": "This place is not published; choose another." } };
  const [a, b] = orderTiePair(placeAId, placeBId);
  const existing = await prisma.tie.findUnique({
    where: { placeAId_placeBId: { placeAId: a, placeBId: b } },
    select: { id: true, retiredAt: true },
  });
  if (existing && !existing.retiredAt) {
    // The tie's own page has no menu entry: say the way there from the place's.
    const way = `under Places, edit ${nameOf(placeAId)} and choose “Add an event” beside ${nameOf(placeBId)}`;
    return { ok: false, fieldErrors: { "tie.placeBId": `These places already have a tie. Add this event to it instead: ${way}.` } };
  }
  const cited = await citationItems(eventClaims(refId(EVENT_REF), proposal.citations));
  if (Object.keys(cited.fieldErrors).length > 0) return { ok: false, fieldErrors: cited.fieldErrors };
  const items: ProposedItem[] = [
    { recordType: "TIE", operation: "CREATE", ref: TIE_REF, payload: proposal.tie },
    { recordType: "TIE_EVENT", operation: "CREATE", ref: EVENT_REF, payload: { ...proposal.event, tieId: refId(TIE_REF) } },
    ...cited.items,
  ];
  return saveProposal(actor, { title: `New tie: ${nameOf(placeAId)} – ${nameOf(placeBId)}`, submit: true, items }, changeId);
}

type StoredItem = { recordType: RecordType; operation: ChangeOperation; payload: unknown; ref: string | null };

// The new-tie form's values rebuilt from a change's pending items, for its author to
// revise; null when the change is not a new tie as that form makes it.
export function tieProposalFrom(items: StoredItem[]): TieProposal | null {
  const tieItem = items.find((item) => item.recordType === "TIE" && item.operation === "CREATE" && item.ref === TIE_REF);
  const eventItem = items.find((item) => item.recordType === "TIE_EVENT" && item.operation === "CREATE" && item.ref === EVENT_REF);
  const tie = tieSchema.safeParse(tieItem?.payload);
  const event = tieEventSchema.safeParse(eventItem?.payload);
  if (!tie.success || !event.success) return null;
  const { tieId: _tieId, ...eventFields } = event.data;
  return { tie: tie.data, event: eventFields, citations: proposedEventCitations(items, refId(EVENT_REF)) };
}
