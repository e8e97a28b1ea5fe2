import type { ReactNode } from "react";
import type { ChangeItem } from "@/lib/generated/prisma/client";
import type { ReadItem } from "@/lib/change-item";
import type { EditableKind } from "@/lib/record-kind";
import { getPickedRecord, getSourceText } from "@/lib/record-picker-search";
import { tieEventRecord } from "@/lib/tie-event-record";
import { getClaimCitations, settlementFrom } from "@/lib/dispute";
import { tieEventProposalFrom } from "@/lib/tie-event";
import { getOrganisationPicks, organisationProposalFrom } from "@/lib/organisation";
import { EXISTS_CLAIM } from "@/lib/citation-schema";
import { claimLabelOf } from "@/lib/record-kinds";
import { PlaceForm } from "@/components/place-form";
import { RemovalForm } from "@/components/removal-form";
import { proposeRemoval } from "@/app/admin/places/actions";
import { proposeTieEventRemovalAction } from "@/app/admin/ties/actions";
import { PLACE_REMOVAL_HINT, TIE_EVENT_REMOVAL_HINT } from "@/lib/removal-schema";
import { MergeForm } from "@/components/merge-form";
import { SourceForm } from "@/components/source-form";
import { CitationForm } from "@/components/citation-form";
import { SettlementForm } from "@/components/settlement-form";
import { TieEventForm } from "@/components/tie-event-form";
import { OrganisationForm } from "@/components/organisation-form";
import { TieForm } from "@/components/tie-form";
import { PersonForm } from "@/components/person-form";
import { tieProposalFrom } from "@/lib/tie-proposal";
import { personFormFrom } from "@/lib/person";
import { pickedRecords } from "@/lib/picked-records";
import { agreementProposalFrom, getAgreementPicks } from "@/lib/agreement";
import { AgreementForm } from "@/components/agreement-form";
import { eventProposalFrom, getEventPicks } from "@/lib/event";
import { EventForm } from "@/components/event-form";
import { EVENT_REMOVAL_HINT } from "@/lib/event-schema";
import { proposeEventRemovalAction } from "@/app/admin/events/actions";
import { figureProposalFrom, getFigurePicks } from "@/lib/figure";
import { FigureForm } from "@/components/figure-form";
import { FIGURE_REMOVAL_HINT } from "@/lib/figure-schema";
import { proposeFigureRemovalAction } from "@/app/admin/figures/actions";
import { delegationProposalFrom } from "@/lib/delegation-revise";
import { getDelegationPicks } from "@/lib/delegation";
import { DelegationForm } from "@/components/delegation-form";
import { DELEGATION_REMOVAL_HINT } from "@/lib/delegation-schema";
import { proposeDelegationRemovalAction } from "@/app/admin/delegations/actions";

// What a revise form starts from: the change, its main record's item as its kind reads
// it, and every open item (a tie event comes with the citations of its claims).
type ReviseProps<K extends EditableKind> = { changeId: string; item: Extract<ReadItem, { kind: K }>; open: ChangeItem[] };

const cannotRevise = (what: string) => (
  <p className="warning" role="alert">
    {what} cannot be revised here; withdraw this change and propose it again.
  </p>
);

async function RevisePlace({ changeId, item }: ReviseProps<"PLACE">) {
  switch (item.operation) {
    case "CREATE":
    case "UPDATE":
      return (
        <PlaceForm
          parent={await getPickedRecord("PLACE", item.content.parentId)}
          defaultValues={item.content}
          target={{ changeId, placeId: item.recordId ?? undefined }}
        />
      );
    case "DELETE":
      return (
        <RemovalForm
          noun="place"
          recordId={item.recordId}
          title={item.content.name}
          hint={PLACE_REMOVAL_HINT}
          propose={proposeRemoval}
          changeId={changeId}
        />
      );
    case "MERGE":
      return (
        <MergeForm
          kind="PLACE"
          recordId={item.recordId}
          name={item.content.name}
          changeId={changeId}
          into={await getPickedRecord("PLACE", item.mergeIntoId)}
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
  const claims = [...new Set([field, EXISTS_CLAIM])].map((claim) => ({
    field: claim,
    label: claimLabelOf(recordType, claim),
  }));
  return (
    <CitationForm
      recordType={recordType}
      recordId={recordId}
      claims={claims}
      source={await getSourceText(item.content.sourceId)}
      changeId={changeId}
      defaultValues={item.content}
    />
  );
}

async function ReviseTieEvent({ changeId, item, open }: ReviseProps<"TIE_EVENT">) {
  if (item.operation === "DELETE") {
    const title = tieEventRecord.titleOf(item.content);
    return (
      <RemovalForm
        noun="event"
        recordId={item.recordId}
        title={title}
        hint={TIE_EVENT_REMOVAL_HINT}
        propose={proposeTieEventRemovalAction}
        changeId={changeId}
      />
    );
  }
  const read = tieEventProposalFrom(open);
  if (!read) return cannotRevise("This tie event change");
  const { proposal, eventId } = read;
  const { kind, occurredOn } = proposal.citations;
  const picked = await pickedRecords({ SOURCE: [kind.sourceId, occurredOn.sourceId] });
  return (
    <TieEventForm
      tieId={proposal.event.tieId}
      target={{ changeId, eventId }}
      defaultValues={proposal}
      sources={{ kind: picked[kind.sourceId], occurredOn: picked[occurredOn.sourceId] }}
    />
  );
}

async function ReviseTie({ changeId, open }: ReviseProps<"TIE">) {
  const proposal = tieProposalFrom(open);
  if (!proposal) return cannotRevise("This tie change");
  const { placeAId, placeBId } = proposal.tie;
  const { kind, occurredOn } = proposal.citations;
  const picked = await pickedRecords({ PLACE: [placeAId, placeBId], SOURCE: [kind.sourceId, occurredOn.sourceId] });
  const labels = {
    placeA: picked[placeAId],
    placeB: picked[placeBId],
    kindSource: picked[kind.sourceId],
    dateSource: picked[occurredOn.sourceId],
  };
  return <TieForm defaultValues={proposal} labels={labels} changeId={changeId} />;
}

// A person's change holds the person and their positions; either may come first.
async function RevisePerson({ changeId, item, open }: ReviseProps<"PERSON"> | ReviseProps<"POSITION">) {
  // A delegation's change proposes the people it names first; the delegation is its record.
  if (open.some((row) => row.recordType === "DELEGATION")) return ReviseDelegationEntry({ changeId, open });
  if (item.kind === "PERSON" && item.operation === "MERGE") {
    const into = await getPickedRecord("PERSON", item.mergeIntoId);
    return <MergeForm kind="PERSON" recordId={item.recordId} name={item.content.name} changeId={changeId} into={into} />;
  }
  if (item.kind === "PERSON" && item.operation === "DELETE") return cannotRevise("A person's removal");
  const read = await personFormFrom(open);
  if (!read) return cannotRevise("This person change");
  const { form, personId } = read;
  const citations = [
    form.existsCitation,
    ...form.names.map((n) => n.citation),
    ...form.positions.flatMap((p) => [p.titleCitation, p.periodCitation]),
  ];
  const picked = await pickedRecords({
    SOURCE: citations.map((c) => c.sourceId),
    PLACE: form.positions.map((p) => p.placeId),
    ORGANISATION: form.positions.map((p) => p.organisationId),
  });
  return <PersonForm defaultValues={form} target={{ changeId, personId }} picked={picked} />;
}

async function ReviseOrganisation({ changeId, open }: ReviseProps<"ORGANISATION">) {
  const proposal = organisationProposalFrom(open);
  if (!proposal) return cannotRevise("This organisation change");
  const { values, organisationId } = proposal;
  return <OrganisationForm defaultValues={values} target={{ changeId, organisationId }} picks={await getOrganisationPicks(values)} />;
}

async function ReviseAgreement({ changeId, open }: ReviseProps<"AGREEMENT">) {
  const proposal = agreementProposalFrom(open);
  if (!proposal) return cannotRevise("This agreement change");
  const { values, agreementId } = proposal;
  return <AgreementForm defaultValues={values} target={{ changeId, agreementId }} picked={await getAgreementPicks(values)} />;
}

// An event's change is its form's (the event and its passages) or its removal.
async function ReviseEvent({ changeId, item, open }: ReviseProps<"EVENT">) {
  if (item.operation === "DELETE") {
    const { recordId, content } = item;
    const props = { noun: "event", recordId, title: content.name, hint: EVENT_REMOVAL_HINT, changeId };
    return <RemovalForm {...props} propose={proposeEventRemovalAction} />;
  }
  const proposal = eventProposalFrom(open);
  if (!proposal) return cannotRevise("This event change");
  const { values, eventId } = proposal;
  return <EventForm defaultValues={values} target={{ changeId, eventId }} picked={await getEventPicks(values)} />;
}

async function ReviseFigure({ changeId, item, open }: ReviseProps<"FIGURE">) {
  if (item.operation === "DELETE") {
    const { recordId, content } = item;
    const props = { noun: "figure", recordId, title: content.label, hint: FIGURE_REMOVAL_HINT, changeId };
    return <RemovalForm {...props} propose={proposeFigureRemovalAction} />;
  }
  const proposal = figureProposalFrom(open);
  if (!proposal) return cannotRevise("This figure change");
  const { values, figureId } = proposal;
  return <FigureForm defaultValues={values} target={{ changeId, figureId }} picked={await getFigurePicks(values)} />;
}

async function ReviseDelegationEntry({ changeId, open }: Pick<ReviseProps<"DELEGATION">, "changeId" | "open">) {
  const proposal = delegationProposalFrom(open);
  if (!proposal) return cannotRevise("This delegation change");
  const { values, delegationId } = proposal;
  const { picked, positions } = await getDelegationPicks(values);
  return <DelegationForm defaultValues={values} target={{ changeId, delegationId }} picked={picked} positions={positions} />;
}

async function ReviseDelegation({ changeId, item, open }: ReviseProps<"DELEGATION">) {
  if (item.operation === "DELETE") {
    return (
      <RemovalForm
        noun="delegation"
        recordId={item.recordId}
        title={item.content.title}
        hint={DELEGATION_REMOVAL_HINT}
        propose={proposeDelegationRemovalAction}
        changeId={changeId}
      />
    );
  }
  if (item.operation === "MERGE") return cannotRevise("A delegation's merge");
  return ReviseDelegationEntry({ changeId, open });
}

// The form of each kind, for the revise page: a kind named in EditableKind without one
// here fails the type check.
const REVISE_FORMS: { [K in EditableKind]: (props: ReviseProps<K>) => Promise<ReactNode> } = {
  PLACE: RevisePlace,
  SOURCE: ReviseSource,
  CITATION: ReviseCitation,
  TIE_EVENT: ReviseTieEvent,
  ORGANISATION: ReviseOrganisation,
  TIE: ReviseTie,
  PERSON: RevisePerson,
  POSITION: RevisePerson,
  AGREEMENT: ReviseAgreement,
  EVENT: ReviseEvent,
  FIGURE: ReviseFigure,
  DELEGATION: ReviseDelegation,
};

export function ReviseForm({ changeId, item, open }: { changeId: string; item: ReadItem; open: ChangeItem[] }) {
  // The map pairs each kind with its own form; TypeScript cannot follow the pairing
  // through a union, so the lookup is widened once here.
  const Form = REVISE_FORMS[item.kind] as (props: ReviseProps<EditableKind>) => Promise<ReactNode>;
  return <Form changeId={changeId} item={item} open={open} />;
}
