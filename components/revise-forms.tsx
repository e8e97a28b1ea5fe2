import type { ReactNode } from "react";
import type { ChangeItem } from "@/lib/generated/prisma/client";
import type { ReadItem } from "@/lib/change-item";
import type { EditableKind } from "@/lib/record-kind";
import { listPlaceOptions } from "@/lib/place";
import { listCitableSources } from "@/lib/citation";
import { getClaimCitations, settlementFrom } from "@/lib/dispute";
import { tieEventProposalFrom } from "@/lib/tie-event";
import { CLAIM_FIELD_LABELS, EXISTS_CLAIM } from "@/lib/citation-schema";
import { PlaceForm } from "@/components/place-form";
import { PlaceRemovalForm } from "@/components/place-removal-form";
import { PlaceMergeForm } from "@/components/place-merge-form";
import { SourceForm } from "@/components/source-form";
import { CitationForm } from "@/components/citation-form";
import { SettlementForm } from "@/components/settlement-form";
import { TieEventForm } from "@/components/tie-event-form";

// What a revise form starts from: the change, its main record's item as its kind reads
// it, and every open item (a tie event comes with the citations of its claims).
type ReviseProps<K extends EditableKind> = { changeId: string; item: Extract<ReadItem, { kind: K }>; open: ChangeItem[] };

const cannotRevise = (what: string) => (
  <p className="warning" role="alert">
    {what} cannot be revised here; withdraw this change and propose it again.
  </p>
);

async function RevisePlace({ changeId, item }: ReviseProps<"PLACE">) {
  const places = await listPlaceOptions();
  const others = places.filter((place) => place.id !== item.recordId);
  switch (item.operation) {
    case "CREATE":
    case "UPDATE":
      return <PlaceForm parents={others} defaultValues={item.content} target={{ changeId, placeId: item.recordId ?? undefined }} />;
    case "DELETE":
      return <PlaceRemovalForm placeId={item.recordId} name={item.content.name} changeId={changeId} />;
    case "MERGE":
      return (
        <PlaceMergeForm
          placeId={item.recordId}
          name={item.content.name}
          places={others}
          changeId={changeId}
          defaultIntoId={item.mergeIntoId}
        />
      );
  }
}

async function ReviseSource({ changeId, item }: ReviseProps<"SOURCE">) {
  if (item.operation !== "CREATE" && item.operation !== "UPDATE") return cannotRevise("A source's removal");
  return <SourceForm sourceId={item.recordId ?? undefined} changeId={changeId} defaultValues={item.content} />;
}

// A citation change is either one new passage, or a settlement of a disputed claim.
async function ReviseCitation({ changeId, item, open }: ReviseProps<"CITATION">) {
  const settlement = settlementFrom(open);
  const { recordType, recordId, field } = item.content;
  if (settlement) {
    const { values } = await getClaimCitations(recordType, recordId, field);
    return <SettlementForm claim={{ recordType, recordId, field }} values={values} changeId={changeId} defaultValues={settlement} />;
  }
  if (item.operation !== "CREATE") return cannotRevise("This citation change");
  const claims = [...new Set([field, EXISTS_CLAIM])].map((claim) => ({ field: claim, label: CLAIM_FIELD_LABELS[claim] ?? claim }));
  return (
    <CitationForm
      recordType={recordType}
      recordId={recordId}
      claims={claims}
      sources={await listCitableSources()}
      changeId={changeId}
      defaultValues={item.content}
    />
  );
}

async function ReviseTieEvent({ changeId, item, open }: ReviseProps<"TIE_EVENT">) {
  const proposal = tieEventProposalFrom(open);
  if (!proposal || item.operation !== "CREATE") return cannotRevise("This tie event change");
  return <TieEventForm tieId={item.content.tieId} sources={await listCitableSources()} changeId={changeId} defaultValues={proposal} />;
}

// The form of each kind, for the revise page: a kind named in EditableKind without one
// here fails the type check.
const REVISE_FORMS: { [K in EditableKind]: (props: ReviseProps<K>) => Promise<ReactNode> } = {
  PLACE: RevisePlace,
  SOURCE: ReviseSource,
  CITATION: ReviseCitation,
  TIE_EVENT: ReviseTieEvent,
};

export function ReviseForm({ changeId, item, open }: { changeId: string; item: ReadItem; open: ChangeItem[] }) {
  // The map pairs each kind with its own form; TypeScript cannot follow the pairing
  // through a union, so the lookup is widened once here.
  const Form = REVISE_FORMS[item.kind] as (props: ReviseProps<EditableKind>) => Promise<ReactNode>;
  return <Form changeId={changeId} item={item} open={open} />;
}
