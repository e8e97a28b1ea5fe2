import "server-only";
import type { RecordType } from "@/lib/generated/prisma/enums";
import { placeTag } from "@/lib/cache-tags";
import type { Tx } from "@/lib/record-handler";

// The places whose public profile shows a claim about this record, so a citation's
// approval refreshes exactly those pages.
export async function placesShowing(tx: Tx, recordType: RecordType, recordId: string): Promise<string[]> {
  switch (recordType) {
    case "PLACE":
      return [recordId];
    case "NAME": {
      const name = await tx.name.findUnique({ where: { id: recordId }, select: { placeId: true } });
      return name?.placeId ? [name.placeId] : [];
    }
    case "TIE": {
      const tie = await tx.tie.findUnique({ where: { id: recordId }, select: { placeAId: true, placeBId: true } });
      return tie ? [tie.placeAId, tie.placeBId] : [];
    }
    case "TIE_EVENT": {
      const event = await tx.tieEvent.findUnique({ where: { id: recordId }, select: { tie: { select: { placeAId: true, placeBId: true } } } });
      return event ? [event.tie.placeAId, event.tie.placeBId] : [];
    }
    case "AGREEMENT": {
      const parties = await tx.agreementParty.findMany({ where: { agreementId: recordId }, select: { placeId: true } });
      return parties.flatMap((p) => (p.placeId ? [p.placeId] : []));
    }
    case "DELEGATION": {
      const delegation = await tx.delegation.findUnique({ where: { id: recordId }, select: { sendingPlaceId: true, stops: { select: { placeId: true } } } });
      return delegation ? [delegation.sendingPlaceId, ...delegation.stops.map((s) => s.placeId)].filter((id): id is string => !!id) : [];
    }
    default:
      return [];
  }
}

export async function claimPageTags(tx: Tx, recordType: RecordType, recordId: string): Promise<string[]> {
  return (await placesShowing(tx, recordType, recordId)).map(placeTag);
}

// A readable name for the record a claim is about, for review diffs and source pages.
export async function recordTitle(tx: Tx, recordType: RecordType, recordId: string): Promise<string | null> {
  switch (recordType) {
    case "PLACE":
      return (await tx.place.findUnique({ where: { id: recordId }, select: { name: true } }))?.name ?? null;
    case "NAME":
      return (await tx.name.findUnique({ where: { id: recordId }, select: { text: true } }))?.text ?? null;
    case "AGREEMENT":
      return (await tx.agreement.findUnique({ where: { id: recordId }, select: { title: true } }))?.title ?? null;
    case "DELEGATION":
      return (await tx.delegation.findUnique({ where: { id: recordId }, select: { title: true } }))?.title ?? null;
    case "PERSON":
      return (await tx.person.findUnique({ where: { id: recordId }, select: { name: true } }))?.name ?? null;
    case "TIE_EVENT": {
      const event = await tx.tieEvent.findUnique({
        where: { id: recordId },
        select: { type: true, tie: { select: { placeA: { select: { name: true } }, placeB: { select: { name: true } } } } },
      });
      return event ? `${event.tie.placeA.name}–${event.tie.placeB.name} ${event.type.toLowerCase().replace(/_/g, " ")}` : null;
    }
    default:
      return null;
  }
}
