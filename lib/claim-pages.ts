import "server-only";
import type { RecordType } from "@/lib/generated/prisma/enums";
import { agreementTag, delegationTag, eventTag, organisationTag, personTag, placeTag, tieTag } from "@/lib/cache-tags";
import { TIE_EVENT_LABELS } from "@/lib/tie-timeline";
import type { Tx } from "@/lib/record-kind";

// What a citation can be about: every record type, including the parts of records (a name,
// an agreement's party) that have no review of their own. Each says what it is called and
// which public pages show a claim about it (places' profiles, its own page), so a
// citation's approval refreshes exactly those pages. A record type added to the schema
// must be added here: the table is typed by every record type.
type ClaimTarget = {
  label: string;
  title(tx: Tx, id: string): Promise<string | null>;
  placesShowing(tx: Tx, id: string): Promise<string[]>;
  // Tags of the record's own public page (a person, a tie, an agreement...), if it has one, or
  // of its record's page for a part (a delegation's stop). A profile that shows another
  // record's facts carries that record's tag too (lib/profile-links.ts), so this refreshes it.
  ownTags?(tx: Tx, id: string): Promise<string[]>;
};

const none = async () => [];
const untitled = async () => null;
const ids = (values: (string | null | undefined)[]) => values.filter((id): id is string => !!id);

// A part of an agreement or a delegation is shown on its record's page, and on the profile
// of the person or organisation it names (a signatory, a member, a party).
type Part = { agreementId?: string; delegationId?: string; personId?: string | null; organisationId?: string | null };
const tagsOfPart = (part: Part | null) =>
  part
    ? [
        ...ids([part.agreementId]).map(agreementTag),
        ...ids([part.delegationId]).map(delegationTag),
        ...ids([part.personId]).map(personTag),
        ...ids([part.organisationId]).map(organisationTag),
      ]
    : [];

const tieOf = {
  select: { placeAId: true, placeBId: true, placeA: { select: { name: true } }, placeB: { select: { name: true } } },
} as const;

const CLAIM_TARGETS: Record<RecordType, ClaimTarget> = {
  PLACE: {
    label: "Place",
    title: async (tx, id) => (await tx.place.findUnique({ where: { id }, select: { name: true } }))?.name ?? null,
    placesShowing: async (_tx, id) => [id],
  },
  NAME: {
    label: "Name",
    title: async (tx, id) => (await tx.name.findUnique({ where: { id }, select: { text: true } }))?.text ?? null,
    placesShowing: async (tx, id) => ids([(await tx.name.findUnique({ where: { id }, select: { placeId: true } }))?.placeId]),
    ownTags: async (tx, id) => {
      const name = await tx.name.findUnique({ where: { id }, select: { personId: true, organisationId: true } });
      return [...ids([name?.personId]).map(personTag), ...ids([name?.organisationId]).map(organisationTag)];
    },
  },
  PERSON: {
    label: "Person",
    title: async (tx, id) => (await tx.person.findUnique({ where: { id }, select: { name: true } }))?.name ?? null,
    placesShowing: none,
    ownTags: async (_tx, id) => [personTag(id)],
  },
  POSITION: {
    label: "Position",
    title: async (tx, id) => {
      const position = await tx.position.findUnique({ where: { id }, select: { title: true, person: { select: { name: true } } } });
      return position ? `${position.person.name}, ${position.title}` : null;
    },
    placesShowing: async (tx, id) => ids([(await tx.position.findUnique({ where: { id }, select: { placeId: true } }))?.placeId]),
    ownTags: async (tx, id) => {
      const position = await tx.position.findUnique({ where: { id }, select: { personId: true, organisationId: true } });
      return [...ids([position?.personId]).map(personTag), ...ids([position?.organisationId]).map(organisationTag)];
    },
  },
  ORGANISATION: {
    label: "Organisation",
    title: async (tx, id) => (await tx.organisation.findUnique({ where: { id }, select: { name: true } }))?.name ?? null,
    placesShowing: none,
    ownTags: async (_tx, id) => [organisationTag(id)],
  },
  TIE: {
    label: "Tie",
    title: async (tx, id) => {
      const tie = await tx.tie.findUnique({ where: { id }, ...tieOf });
      return tie ? `${tie.placeA.name}–${tie.placeB.name}` : null;
    },
    placesShowing: async (tx, id) => {
      const tie = await tx.tie.findUnique({ where: { id }, select: { placeAId: true, placeBId: true } });
      return tie ? [tie.placeAId, tie.placeBId] : [];
    },
    ownTags: async (_tx, id) => [tieTag(id)],
  },
  TIE_EVENT: {
    label: "Tie event",
    title: async (tx, id) => {
      const event = await tx.tieEvent.findUnique({ where: { id }, select: { type: true, tie: tieOf } });
      return event ? `${event.tie.placeA.name}–${event.tie.placeB.name} ${TIE_EVENT_LABELS[event.type].toLowerCase()}` : null;
    },
    placesShowing: async (tx, id) => {
      const event = await tx.tieEvent.findUnique({ where: { id }, select: { tie: { select: { placeAId: true, placeBId: true } } } });
      return event ? [event.tie.placeAId, event.tie.placeBId] : [];
    },
    ownTags: async (tx, id) => ids([(await tx.tieEvent.findUnique({ where: { id }, select: { tieId: true } }))?.tieId]).map(tieTag),
  },
  AGREEMENT: {
    label: "Agreement",
    title: async (tx, id) => (await tx.agreement.findUnique({ where: { id }, select: { title: true } }))?.title ?? null,
    placesShowing: async (tx, id) => {
      const agreement = await tx.agreement.findUnique({
        where: { id },
        select: { venuePlaceId: true, parties: { select: { placeId: true } } },
      });
      return agreement ? ids([agreement.venuePlaceId, ...agreement.parties.map((p) => p.placeId)]) : [];
    },
    ownTags: async (_tx, id) => [agreementTag(id)],
  },
  AGREEMENT_PARTY: {
    label: "Party to an agreement",
    title: untitled,
    placesShowing: none,
    ownTags: async (tx, id) =>
      tagsOfPart(await tx.agreementParty.findUnique({ where: { id }, select: { agreementId: true, organisationId: true } })),
  },
  AGREEMENT_SIGNATORY: {
    label: "Signatory",
    title: untitled,
    placesShowing: none,
    ownTags: async (tx, id) =>
      tagsOfPart(await tx.agreementSignatory.findUnique({ where: { id }, select: { agreementId: true, personId: true } })),
  },
  COOPERATION_FIELD: {
    label: "Field of cooperation",
    title: untitled,
    placesShowing: none,
    ownTags: async (tx, id) => tagsOfPart(await tx.cooperationField.findUnique({ where: { id }, select: { agreementId: true } })),
  },
  DELEGATION: {
    label: "Delegation",
    title: async (tx, id) => (await tx.delegation.findUnique({ where: { id }, select: { title: true } }))?.title ?? null,
    placesShowing: async (tx, id) => {
      const delegation = await tx.delegation.findUnique({
        where: { id },
        select: { sendingPlaceId: true, stops: { select: { placeId: true } } },
      });
      return delegation ? ids([delegation.sendingPlaceId, ...delegation.stops.map((s) => s.placeId)]) : [];
    },
    ownTags: async (_tx, id) => [delegationTag(id)],
  },
  DELEGATION_MEMBER: {
    label: "Delegation member",
    title: untitled,
    placesShowing: none,
    ownTags: async (tx, id) =>
      tagsOfPart(await tx.delegationMember.findUnique({ where: { id }, select: { delegationId: true, personId: true } })),
  },
  DELEGATION_STOP: {
    label: "Delegation stop",
    title: untitled,
    placesShowing: none,
    ownTags: async (tx, id) => tagsOfPart(await tx.delegationStop.findUnique({ where: { id }, select: { delegationId: true } })),
  },
  DELEGATION_MEETING: {
    label: "Delegation meeting",
    title: untitled,
    placesShowing: none,
    ownTags: async (tx, id) =>
      tagsOfPart(await tx.delegationMeeting.findUnique({ where: { id }, select: { delegationId: true, personId: true } })),
  },
  DELEGATION_SITE_VISIT: {
    label: "Site visit",
    title: untitled,
    placesShowing: none,
    ownTags: async (tx, id) => tagsOfPart(await tx.delegationSiteVisit.findUnique({ where: { id }, select: { delegationId: true } })),
  },
  DELEGATION_GIFT: {
    label: "Gift",
    title: untitled,
    placesShowing: none,
    ownTags: async (tx, id) => tagsOfPart(await tx.delegationGift.findUnique({ where: { id }, select: { delegationId: true } })),
  },
  EVENT: {
    label: "Event",
    title: async (tx, id) => (await tx.event.findUnique({ where: { id }, select: { name: true } }))?.name ?? null,
    placesShowing: async (tx, id) =>
      (await tx.eventPlace.findMany({ where: { eventId: id }, select: { placeId: true } })).map((row) => row.placeId),
    ownTags: async (_tx, id) => [eventTag(id)],
  },
  FIGURE: {
    label: "Figure",
    title: async (tx, id) => (await tx.figure.findUnique({ where: { id }, select: { label: true } }))?.label ?? null,
    placesShowing: async (tx, id) => ids([(await tx.figure.findUnique({ where: { id }, select: { placeId: true } }))?.placeId]),
    ownTags: async (tx, id) => {
      const figure = await tx.figure.findUnique({
        where: { id },
        select: { organisationId: true, tieId: true, eventId: true, delegationId: true },
      });
      return [
        ...ids([figure?.organisationId]).map(organisationTag),
        ...ids([figure?.tieId]).map(tieTag),
        ...ids([figure?.eventId]).map(eventTag),
        ...ids([figure?.delegationId]).map(delegationTag),
      ];
    },
  },
  SOURCE: {
    label: "Source",
    title: async (tx, id) => (await tx.source.findUnique({ where: { id }, select: { title: true } }))?.title ?? null,
    placesShowing: none,
  },
  CHANGE_REQUEST: { label: "Change", title: untitled, placesShowing: none },
  CITATION: { label: "Citation", title: untitled, placesShowing: none },
  USER: { label: "User", title: untitled, placesShowing: none },
};

export const RECORD_TYPE_LABELS = Object.fromEntries(Object.entries(CLAIM_TARGETS).map(([type, target]) => [type, target.label])) as Record<
  RecordType,
  string
>;

export function placesShowing(tx: Tx, recordType: RecordType, recordId: string): Promise<string[]> {
  return CLAIM_TARGETS[recordType].placesShowing(tx, recordId);
}

export async function claimPageTags(tx: Tx, recordType: RecordType, recordId: string): Promise<string[]> {
  const target = CLAIM_TARGETS[recordType];
  const own = (await target.ownTags?.(tx, recordId)) ?? [];
  return [...(await target.placesShowing(tx, recordId)).map(placeTag), ...own];
}

// A readable name for the record a claim is about, for review diffs and source pages.
export function recordTitle(tx: Tx, recordType: RecordType, recordId: string): Promise<string | null> {
  return CLAIM_TARGETS[recordType].title(tx, recordId);
}
