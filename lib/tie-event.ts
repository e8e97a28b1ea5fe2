import "server-only";
import { prisma } from "@/lib/db";
import type { ChangeOperation, RecordType } from "@/lib/generated/prisma/enums";
import { saveProposal, type ProposedItem } from "@/lib/change-request";
import { anchorQuote } from "@/lib/quote-anchor";
import { refId } from "@/lib/citation-policy";
import { anchoredCitation } from "@/lib/citation";
import type { ActionResult, FieldErrors } from "@/lib/action-result";
import type { Actor } from "@/lib/permissions";
import { citationSchema } from "@/lib/citation-schema";
import { eventCitationSchema, tieEventSchema, type TieEventProposal } from "@/lib/tie-event-schema";

// The new event's ref inside its change, which its citations point at (refId).
const EVENT_REF = "event";
// The key claims whose passages are proposed with the event.
const KEY_CLAIMS = eventCitationSchema.shape.field.options;

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

// A new event in a tie's history, proposed together with the passages that support its
// kind and date, so the citation policy can be met in one review. With `changeId` the
// author's own proposal is revised.
export async function proposeTieEvent(
  actor: Actor,
  { event, citations }: TieEventProposal,
  changeId?: string,
): Promise<ActionResult<{ id: string }>> {
  const tie = await getTieForEditing(event.tieId);
  if (!tie) return { ok: false, formError: "This tie is no longer published." };
  const cited = citations.map((c, index) => ({ ...c, index })).filter((c) => c.sourceId);
  const sources = await prisma.source.findMany({
    where: { id: { in: cited.map((c) => c.sourceId) }, retiredAt: null },
    select: { id: true, snapshot: true },
  });
  const errors: FieldErrors = {};
  const items: ProposedItem[] = [{ recordType: "TIE_EVENT", operation: "CREATE", ref: EVENT_REF, payload: event }];
  for (const citation of cited) {
    const source = sources.find((s) => s.id === citation.sourceId);
    const anchor = source ? anchorQuote(source.snapshot, citation.quote) : null;
    if (!anchor) {
      errors[`citations.${citation.index}.quote`] = "This passage is not in the source's text; paste it exactly as written there.";
      continue;
    }
    const payload = anchoredCitation(
      {
        recordType: "TIE_EVENT",
        recordId: refId(EVENT_REF),
        field: citation.field,
        sourceId: citation.sourceId,
        quote: citation.quote,
        prefix: "",
        suffix: "",
        startOffset: null,
        assertedValue: citation.assertedValue,
        rank: "NORMAL",
        rankReason: "",
      },
      anchor,
    );
    items.push({ recordType: "CITATION", operation: "CREATE", payload });
  }
  if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
  return saveProposal(actor, { title: `New tie event: ${tie.placeA.name} – ${tie.placeB.name}`, submit: true, items }, changeId);
}

// A change's item as the revise page reads it; its payload is parsed here, not trusted.
type ProposedContent = { recordType: RecordType; operation: ChangeOperation; payload: unknown; ref: string | null };

type EventCitation = TieEventProposal["citations"][number];

function eventCitationFrom(item: ProposedContent): EventCitation | null {
  if (item.recordType !== "CITATION" || item.operation !== "CREATE") return null;
  const citation = citationSchema.safeParse(item.payload);
  if (!citation.success || citation.data.recordType !== "TIE_EVENT" || citation.data.recordId !== refId(EVENT_REF)) return null;
  const field = eventCitationSchema.shape.field.safeParse(citation.data.field);
  if (!field.success) return null;
  const { sourceId, quote, assertedValue } = citation.data;
  return { field: field.data, sourceId, quote, assertedValue };
}

// The form's proposal rebuilt from a change's pending items, one citation per key claim
// (empty where uncited), for its author to revise. Null when the items hold anything the
// form cannot show, since saving it would silently drop that.
export function tieEventProposalFrom(items: ProposedContent[]): TieEventProposal | null {
  const [eventItem, ...others] = items.filter((i) => i.recordType === "TIE_EVENT" && i.operation === "CREATE" && i.ref === EVENT_REF);
  const event = tieEventSchema.safeParse(eventItem?.payload);
  if (!event.success || others.length > 0) return null;
  const citations: EventCitation[] = [];
  for (const item of items) {
    if (item === eventItem) continue;
    const citation = eventCitationFrom(item);
    if (!citation || citations.some((c) => c.field === citation.field)) return null;
    citations.push(citation);
  }
  return {
    event: event.data,
    citations: KEY_CLAIMS.map((field) => citations.find((c) => c.field === field) ?? { field, sourceId: "", quote: "", assertedValue: "" }),
  };
}
