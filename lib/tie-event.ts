import "server-only";
import { prisma } from "@/lib/db";
import { createChange, type ProposedItem } from "@/lib/change-request";
import { anchorQuote } from "@/lib/quote-anchor";
import { refId } from "@/lib/citation-policy";
import { anchoredCitation } from "@/lib/citation";
import type { ActionResult, FieldErrors } from "@/lib/action-result";
import type { Actor } from "@/lib/permissions";
import type { TieEventProposal } from "@/lib/tie-event-schema";

export async function getTieForEditing(tieId: string) {
  return prisma.tie.findFirst({
    where: { id: tieId, retiredAt: null },
    select: {
      id: true, kind: true, establishedOn: true,
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
// kind and date, so the citation policy can be met in one review.
export async function proposeTieEvent(actor: Actor, { event, citations }: TieEventProposal): Promise<ActionResult<{ id: string }>> {
  const tie = await getTieForEditing(event.tieId);
  if (!tie) return { ok: false, formError: "This tie is no longer published." };
  const cited = citations.map((c, index) => ({ ...c, index })).filter((c) => c.sourceId);
  const sources = await prisma.source.findMany({ where: { id: { in: cited.map((c) => c.sourceId) }, retiredAt: null }, select: { id: true, snapshot: true } });
  const errors: FieldErrors = {};
  const items: ProposedItem[] = [{ recordType: "TIE_EVENT", operation: "CREATE", ref: "event", payload: event }];
  for (const citation of cited) {
    const source = sources.find((s) => s.id === citation.sourceId);
    const anchor = source ? anchorQuote(source.snapshot, citation.quote) : null;
    if (!anchor) {
      errors[`citations.${citation.index}.quote`] = "This passage is not in the source's text; paste it exactly as written there.";
      continue;
    }
    const payload = anchoredCitation({
      recordType: "TIE_EVENT", recordId: refId("event"), field: citation.field, sourceId: citation.sourceId, quote: citation.quote,
      prefix: "", suffix: "", startOffset: null, assertedValue: citation.assertedValue, rank: "NORMAL", rankReason: "",
    }, anchor);
    items.push({ recordType: "CITATION", operation: "CREATE", payload });
  }
  if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
  const change = await createChange(actor, { title: `New tie event: ${tie.placeA.name} – ${tie.placeB.name}`, submit: true, items });
  return { ok: true, data: change };
}
