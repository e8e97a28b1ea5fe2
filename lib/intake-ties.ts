import "server-only";
import { prisma } from "@/lib/db";
import type { ProposedItem } from "@/lib/change-request";
import { refId } from "@/lib/citation-policy";
import type { FieldErrors } from "@/lib/action-result";
import type { ArticleClaim } from "@/lib/intake-citations";
import { isPublishedId } from "@/lib/intake-records";
import type { IntakeTie } from "@/lib/intake-schema";
import { orderTiePair } from "@/lib/tie-timeline";

// The ties an intake proposes: statements about the same two places are events of one tie
// (the English and the Chinese sentence of a bilingual report), added to the tie Amity has
// or to a new one.

async function existingTie(placeAId: string, placeBId: string) {
  if (!isPublishedId(placeAId) || !isPublishedId(placeBId)) return null;
  return prisma.tie.findUnique({ where: { placeAId_placeBId: { placeAId, placeBId } }, select: { id: true, retiredAt: true } });
}

// `agreementOf`: the agreement of the change a statement's event is the signing of, if any.
export async function tieItems(ties: IntakeTie[], ids: Map<string, string>, agreementOf: (statement: IntakeTie) => string | null) {
  const items: ProposedItem[] = [];
  const claims: ArticleClaim[] = [];
  const fieldErrors: FieldErrors = {};
  const tieIds = new Map<string, string>();
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
