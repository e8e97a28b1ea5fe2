import "server-only";
import { prisma } from "@/lib/db";
import type { ChangeOperation, RecordType } from "@/lib/generated/prisma/enums";
import { openedVersion, saveProposal, saveWithReason, type ProposedItem } from "@/lib/change-request";
import { citationItems, proposedCitation, type CitedClaim } from "@/lib/claim-citations";
import { refId } from "@/lib/citation-policy";
import { eventRecord, unpublishedLinks } from "@/lib/event-record";
import { changedFields, diffContent } from "@/lib/record-diff";
import {
  EVENT_CLAIMS,
  storedEventSchema,
  uncitedEventClaims,
  type EventCitations,
  type EventFormValues,
  type EventInput,
} from "@/lib/event-schema";
import { pickedRecords } from "@/lib/picked-records";
import type { ActionResult, FieldErrors } from "@/lib/action-result";
import type { Actor } from "@/lib/permissions";
import type { RemovalInput } from "@/lib/removal-schema";
import { findByName, findDatedByTitle } from "@/lib/name-search";
import { keysetQuery, PAGE_SIZE, pageOf, type PageRequest } from "@/lib/keyset";
import { foundIds, inIdOrder } from "@/lib/list-search";

// The new event's ref inside its change, which its citations point at (refId).
const EVENT_REF = "event";

const listed = { id: true, name: true, kind: true, startOn: true, endOn: true, slug: true } as const;

// The editors' list: events with a word of their name starting with the query, or held in
// a place whose name (in any script) starts with it; or else all of them A–Z, a page at a time.
export async function listEventsForEditing(query: string, request: PageRequest) {
  const q = query.trim();
  if (q) {
    const ids = foundIds(await eventsNamed(q), await eventsHeldIn(q));
    return {
      rows: inIdOrder(ids, await prisma.event.findMany({ where: { id: { in: ids } }, select: listed })),
      previous: null,
      next: null,
    };
  }
  const page = keysetQuery("name", request);
  const rows = await prisma.event.findMany({
    where: { AND: [{ retiredAt: null }, page.where] },
    orderBy: page.orderBy,
    take: page.take,
    select: listed,
  });
  return pageOf(rows, request, (row) => [row.name, row.id]);
}

async function eventsNamed(q: string) {
  return (await findDatedByTitle(prisma, "EVENT", q, { limit: PAGE_SIZE })).map((match) => match.recordId);
}

async function eventsHeldIn(q: string) {
  const places = (await findByName(prisma, q, { recordTypes: ["PLACE"], limit: PAGE_SIZE })).map((match) => match.recordId);
  if (places.length === 0) return [];
  // Read from the places' side (indexed by place), not by testing every event.
  const rows = await prisma.eventPlace.findMany({
    where: { placeId: { in: places }, event: { retiredAt: null } },
    take: PAGE_SIZE,
    select: { eventId: true },
  });
  return rows.map((row) => row.eventId);
}

// The published event in the form's shape, for an edit proposal.
export async function getEventForEditing(id: string) {
  return eventRecord.load(prisma, id);
}

// The records the form's values name, as its pickers show them, keyed by id.
export async function getEventPicks(values: EventFormValues) {
  return pickedRecords({
    PLACE: values.places,
    ORGANISATION: values.organisers,
    DELEGATION: [values.delegationId],
    SOURCE: Object.values(values.citations).map((citation) => citation.sourceId),
  });
}

// Every record the event names must be published now; each one that is not is reported
// at its row, so the editor sees which.
async function checkEvent(input: EventInput): Promise<FieldErrors> {
  const broken = await unpublishedLinks(prisma, input);
  const errors: FieldErrors = {};
  input.places.forEach((id, i) => {
    if (broken.places.includes(id)) errors[`places.${i}`] = "This place is not published; choose another.";
  });
  input.organisers.forEach((id, i) => {
    if (broken.organisers.includes(id)) errors[`organisers.${i}`] = "This organisation is not published; choose another.";
  });
  if (broken.delegation) errors.delegationId = "This delegation is not published; choose another.";
  return errors;
}

// Which proposal the form saves: a new event, an edit of a published one, or a revision of
// the editor's own draft or returned change. `baseVersion`: the version the form opened.
export type EventProposalTarget = { eventId?: string; changeId?: string; baseVersion?: number };

// The event's own item: a creation, or an edit against the version the form opened (none
// when nothing changed). Null when the event is no longer published.
async function eventItems(input: EventInput, { eventId, baseVersion }: EventProposalTarget): Promise<ProposedItem[] | null> {
  if (!eventId) return [{ recordType: "EVENT", operation: "CREATE", ref: EVENT_REF, payload: input }];
  const current = await eventRecord.load(prisma, eventId);
  if (!current) return null;
  if (changedFields(diffContent(current.content, input)).length === 0) return [];
  const prepared = openedVersion(baseVersion, current.version);
  return [{ recordType: "EVENT", operation: "UPDATE", recordId: eventId, baseVersion: prepared, payload: input }];
}

// A proposal only: nothing public changes until a reviewer approves it. The passages for
// its claims go in the same change, so one review meets the citation policy.
export async function proposeEvent(
  actor: Actor,
  values: EventFormValues,
  target: EventProposalTarget,
  submit: boolean,
): Promise<ActionResult<{ id: string }>> {
  const { citations, ...input } = values;
  const own = await eventItems(input, target);
  if (!own) return { ok: false, formError: "This event is no longer published." };
  const recordId = target.eventId ?? refId(EVENT_REF);
  const claims = EVENT_CLAIMS.map((field): CitedClaim => ({
    recordType: "EVENT",
    recordId,
    field,
    citation: citations[field],
    path: `citations.${field}`,
  }));
  const [problems, cited] = await Promise.all([checkEvent(input), citationItems(claims)]);
  const fieldErrors = { ...problems, ...cited.fieldErrors };
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  const items = [...own, ...cited.items];
  if (items.length === 0) return { ok: false, formError: "Nothing has changed: edit a field or add a source before saving." };
  const title = `${target.eventId ? "Edit event" : "New event"}: ${input.name}`;
  return saveProposal(actor, { title, items, submit }, target.changeId);
}

// Taking an event out of the public record (a duplicate, an event that never happened) is
// a proposal too; approval retires it, its history stays. A revision stays a removal.
export async function proposeEventRemoval(
  actor: Actor,
  { recordId: eventId, reason }: RemovalInput,
  changeId?: string,
): Promise<ActionResult<{ id: string }>> {
  const current = await eventRecord.load(prisma, eventId);
  if (!current) return { ok: false, formError: "This event is no longer published." };
  const item: ProposedItem = {
    recordType: "EVENT",
    operation: "DELETE",
    recordId: eventId,
    baseVersion: current.version,
    payload: current.content,
  };
  return saveWithReason(actor, { title: `Remove event: ${current.title}`, submit: true, items: [item] }, reason, changeId);
}

type StoredItem = { recordType: RecordType; operation: ChangeOperation; payload: unknown; ref: string | null; recordId: string | null };

export type EventProposal = { values: EventFormValues; eventId?: string };

// The form's values rebuilt from a change's open items, for its author to revise: a new
// event or an edit of a published one, with the passages for its claims. Null when the
// items hold anything the form cannot show, since saving it would silently drop that.
export function eventProposalFrom(items: StoredItem[]): EventProposal | null {
  const [main, ...others] = items.filter((item) => item.recordType === "EVENT");
  const content = storedEventSchema.safeParse(main?.payload);
  if (!content.success || others.length > 0) return null;
  const eventId = main.operation === "UPDATE" ? main.recordId : null;
  if (!(main.operation === "CREATE" && main.ref === EVENT_REF) && !eventId) return null;
  const recordId = eventId ?? refId(EVENT_REF);
  const found = EVENT_CLAIMS.map((field) => [field, proposedCitation(items, "EVENT", recordId, field)] as const);
  const placed = found.filter(([, citation]) => citation);
  if (1 + placed.length !== items.length) return null;
  const citations: EventCitations = { ...uncitedEventClaims(), ...Object.fromEntries(placed) };
  return { values: { ...content.data, citations }, eventId: eventId ?? undefined };
}
