import "server-only";
import { prisma } from "@/lib/db";
import type { ProposedItem } from "@/lib/change-request";
import { refId } from "@/lib/citation-policy";
import type { FieldErrors } from "@/lib/action-result";
import type { ArticleClaim } from "@/lib/intake-citations";
import { isPublishedId } from "@/lib/intake-records";
import { datesAgree } from "@/lib/partial-date";
import type { IntakeTie } from "@/lib/intake-schema";
import { orderTiePair } from "@/lib/tie-timeline";

// The ties an intake proposes: statements about the same two places are events of one tie
// (the English and the Chinese sentence of a bilingual report), added to the tie Amity has
// or to a new one. A statement of an event the tie has already (recorded, or proposed by an
// earlier statement) cites that event rather than adding it twice.

type KnownEvent = { recordId: string; type: string; kind: string | null; occurredOn: string | null };

async function existingTie(placeAId: string, placeBId: string) {
  if (!isPublishedId(placeAId) || !isPublishedId(placeBId)) return null;
  return prisma.tie.findUnique({
    where: { placeAId_placeBId: { placeAId, placeBId } },
    select: { id: true, retiredAt: true, events: { select: { id: true, type: true, kind: true, occurredOn: true } } },
  });
}

// The same event: of the same type, on dates that agree (one may be less precise: "2011",
// "2011-10-24"), whatever kind each calls it: a bilingual report's "sister cities" and its
// 友好城市 are one establishment, and the two kinds a dispute for the reviewer to settle.
// Undated, a statement restates an event of its type whose kind agrees.
function restates(statement: IntakeTie, event: KnownEvent) {
  if (event.type !== statement.type) return false;
  const [said, recorded] = [statement.occurredOn, event.occurredOn ?? ""];
  if (said) return recorded !== "" && datesAgree(said, recorded);
  return !statement.kind || !event.kind || statement.kind === event.kind;
}

// `agreementOf`: the agreement of the change a statement's event is the signing of, if any.
export async function tieItems(ties: IntakeTie[], ids: Map<string, string>, agreementOf: (statement: IntakeTie) => string | null) {
  const items: ProposedItem[] = [];
  const claims: ArticleClaim[] = [];
  const fieldErrors: FieldErrors = {};
  const tieIds = new Map<string, string>();
  const eventsOf = new Map<string, KnownEvent[]>();
  for (const [i, statement] of ties.entries()) {
    if (statement.action === "drop") continue;
    const [a, b] = statement.places.map((key) => ids.get(key));
    if (!a || !b || a === b) {
      fieldErrors[`ties.${i}.places`] = "Keep both places of this tie (link or create them), or drop the tie.";
      continue;
    }
    const [placeAId, placeBId] = orderTiePair(a, b);
    const pair = `${placeAId} ${placeBId}`;
    if (!tieIds.has(pair)) {
      const existing = await existingTie(placeAId, placeBId);
      if (existing?.retiredAt) {
        fieldErrors[`ties.${i}.places`] = "These places had a tie that was removed; restore it from its history instead.";
        continue;
      }
      if (existing) tieIds.set(pair, existing.id);
      else {
        const ref = `tie-${tieIds.size}`;
        items.push({ recordType: "TIE", operation: "CREATE", ref, payload: { placeAId, placeBId, summary: "" } });
        tieIds.set(pair, refId(ref));
      }
      eventsOf.set(
        pair,
        (existing?.events ?? []).map(({ id, ...event }) => ({ recordId: id, ...event })),
      );
    }
    const events = eventsOf.get(pair)!;
    const restated = events.find((event) => restates(statement, event));
    if (restated) {
      // Only what the event holds is cited: a kind or a date it lacks would be a claim of
      // the article's, not of the record's.
      const held = eventClaims(statement, restated.recordId, i).filter((claim) => restated[claim.field as "kind" | "occurredOn"]);
      claims.push(...held);
      continue;
    }
    const ref = `tie-event-${i}`;
    const { type, kind, term, occurredOn } = statement;
    const agreementId = agreementOf(statement);
    items.push({
      recordType: "TIE_EVENT",
      operation: "CREATE",
      ref,
      payload: { tieId: tieIds.get(pair)!, type, kind, term, occurredOn, note: "", agreementId },
    });
    events.push({ recordId: refId(ref), type, kind: kind || null, occurredOn: occurredOn || null });
    claims.push(...eventClaims(statement, refId(ref), i));
  }
  return { items, claims, fieldErrors };
}

function eventClaims(statement: IntakeTie, recordId: string, i: number): ArticleClaim[] {
  const claims: ArticleClaim[] = [];
  if (statement.kind)
    claims.push({
      recordType: "TIE_EVENT",
      recordId,
      field: "kind",
      passage: statement.evidence,
      assertedValue: statement.kind,
      path: `ties.${i}.evidence.quote`,
    });
  if (statement.occurredOn)
    claims.push({
      recordType: "TIE_EVENT",
      recordId,
      field: "occurredOn",
      passage: statement.dateEvidence,
      assertedValue: statement.occurredOn,
      notation: statement.notation,
      inferredReason: statement.inferredReason,
      path: `ties.${i}.dateEvidence.quote`,
    });
  return claims;
}
