import "server-only";
import { prisma } from "@/lib/db";
import { openedVersion, saveProposal, saveWithReason, type ProposedItem } from "@/lib/change-request";
import { citationItems, type CitedClaim } from "@/lib/claim-citations";
import { refId } from "@/lib/citation-policy";
import { changedFields, diffContent } from "@/lib/record-diff";
import { pickedRecords } from "@/lib/picked-records";
import { newNameId } from "@/lib/name-schema";
import { formatPartialDate } from "@/lib/partial-date";
import type { PersonInput } from "@/lib/person-schema";
import type { RemovalInput } from "@/lib/removal-schema";
import type { ActionResult } from "@/lib/action-result";
import type { Actor } from "@/lib/permissions";
import { findByName, findDatedByTitle } from "@/lib/name-search";
import { keysetQuery, PAGE_SIZE, pageOf, type PageRequest } from "@/lib/keyset";
import { foundIds, inIdOrder } from "@/lib/list-search";
import { delegationRecord } from "@/lib/delegation-record";
import { unpublishedLinks } from "@/lib/delegation-links";
import {
  citedFields,
  DELEGATION_CITED_LISTS,
  DELEGATION_CLAIMS,
  type DelegationCitation,
  type DelegationFormValues,
  type DelegationInput,
  type NewPerson,
} from "@/lib/delegation-schema";

export const DELEGATION_REF = "delegation";

const listed = { id: true, slug: true, title: true, startOn: true, endOn: true, leader: { select: { name: true } } } as const;

// The editors' list: delegations with a word of their title starting with the query, or
// led by a person whose name (in any script) starts with it; or else all of them A–Z, a
// page at a time.
export async function listDelegationsForEditing(query: string, request: PageRequest) {
  const q = query.trim();
  if (q) {
    const ids = foundIds(await delegationsTitled(q), await delegationsLedBy(q));
    return {
      rows: inIdOrder(ids, await prisma.delegation.findMany({ where: { id: { in: ids } }, select: listed })),
      previous: null,
      next: null,
    };
  }
  const page = keysetQuery("title", request);
  const rows = await prisma.delegation.findMany({
    where: { AND: [{ retiredAt: null }, page.where] },
    orderBy: page.orderBy,
    take: page.take,
    select: listed,
  });
  return pageOf(rows, request, (row) => [row.title, row.id]);
}

async function delegationsTitled(q: string) {
  return (await findDatedByTitle(prisma, "DELEGATION", q, { limit: PAGE_SIZE })).map((match) => match.recordId);
}

async function delegationsLedBy(q: string) {
  const leaders = (await findByName(prisma, q, { recordTypes: ["PERSON"], limit: PAGE_SIZE })).map((match) => match.recordId);
  if (leaders.length === 0) return [];
  const rows = await prisma.delegation.findMany({
    where: { retiredAt: null, leaderId: { in: leaders } },
    orderBy: { startOn: "desc" },
    take: PAGE_SIZE,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

// The published delegation in the form's shape, for an edit proposal.
export function getDelegationForEditing(id: string) {
  return delegationRecord.load(prisma, id);
}

export type PositionChoice = { id: string; title: string };

// The positions each person holds, as the form's position lists offer them:
// "Party Secretary of Jiangsu (2022–…)".
export async function listPositionChoices(personIds: string[]): Promise<Record<string, PositionChoice[]>> {
  const ids = [...new Set(personIds.filter((id) => id && !id.startsWith("ref:")))];
  const positions = await prisma.position.findMany({
    where: { personId: { in: ids } },
    orderBy: [{ startOn: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }],
    select: { id: true, personId: true, title: true, startOn: true, endOn: true },
  });
  const choices: Record<string, PositionChoice[]> = Object.fromEntries(ids.map((id) => [id, []]));
  for (const p of positions) {
    const period = p.startOn || p.endOn ? ` (${formatPartialDate(p.startOn) || "…"}–${formatPartialDate(p.endOn) || "…"})` : "";
    choices[p.personId].push({ id: p.id, title: `${p.title}${period}` });
  }
  return choices;
}

const peopleOf = (values: DelegationInput) => [
  values.leaderId,
  ...values.members.map((m) => m.personId),
  ...values.meetings.map((m) => m.personId),
];

// What the form's pickers and position lists show for the values it starts with.
export async function getDelegationPicks(values: DelegationFormValues) {
  const [picked, positions] = await Promise.all([
    pickedRecords({
      PLACE: [
        values.sendingPlaceId,
        ...values.stops.map((s) => s.placeId),
        ...values.meetings.map((m) => m.placeId),
        ...values.siteVisits.map((v) => v.placeId),
        ...values.gifts.flatMap((g) => [g.fromId, g.toId]),
      ],
      PERSON: peopleOf(values),
      ORGANISATION: [
        values.sendingOrganisationId,
        ...values.meetings.map((m) => m.organisationId),
        ...values.siteVisits.map((v) => v.organisationId),
        ...values.gifts.flatMap((g) => [g.fromId, g.toId]),
      ],
      SOURCE: [...Object.values(values.citations), ...values.newPeople.map((p) => p.citation)].map((c) => c.sourceId),
    }),
    listPositionChoices(peopleOf(values).filter((id): id is string => !!id)),
  ]);
  return { picked, positions };
}

// Which proposal the form saves: a new delegation, an edit of a published one, or a
// revision of the editor's own draft or returned change.
export type DelegationProposalTarget = { delegationId?: string; changeId?: string; baseVersion?: number };

// A new person as the PERSON kind's content: the name the source gives, and the native
// one when the editor knows it.
function personContent(person: NewPerson): PersonInput {
  const native = person.nativeName ? [{ id: newNameId(), text: person.nativeName, lang: person.nativeLang, kind: "NATIVE" as const }] : [];
  return { name: person.name, summary: "", names: native };
}

// The passages the form gives: each of its claims cites every field it supports (the
// dates' passage both ends), and each new person's passage that they exist.
export function claimsOf(values: DelegationFormValues, recordId: string): CitedClaim[] {
  const fieldClaims = ([...DELEGATION_CLAIMS, ...DELEGATION_CITED_LISTS] as DelegationCitation[]).flatMap((citation) =>
    citedFields(values, citation).map((field): CitedClaim => ({
      recordType: "DELEGATION",
      recordId,
      field,
      citation: values.citations[citation],
      path: `citations.${citation}`,
    })),
  );
  const people = values.newPeople.map((person, i): CitedClaim => ({
    recordType: "PERSON",
    recordId: refId(person.ref),
    field: "exists",
    citation: person.citation,
    path: `newPeople.${i}.citation`,
  }));
  return [...fieldClaims, ...people];
}

// The delegation's own item: a creation, or an edit against the version published now
// (none when nothing changed). Null when the delegation is retired.
async function delegationItems(input: DelegationInput, { delegationId, baseVersion }: DelegationProposalTarget) {
  if (!delegationId)
    return [{ recordType: "DELEGATION", operation: "CREATE", ref: DELEGATION_REF, payload: input }] satisfies ProposedItem[];
  const current = await delegationRecord.load(prisma, delegationId);
  if (!current) return null;
  if (changedFields(diffContent(current.content, input)).length === 0) return [];
  const prepared = openedVersion(baseVersion, current.version);
  return [
    { recordType: "DELEGATION", operation: "UPDATE", recordId: delegationId, baseVersion: prepared, payload: input },
  ] satisfies ProposedItem[];
}

// A proposal only: nothing public changes until a reviewer approves it. The people new to
// Amity, the delegation naming them ("ref:person-1") and the passages for its claims go in
// one change, so one review meets the citation policy (lib/citation-policy.ts) for all.
export async function proposeDelegation(
  actor: Actor,
  values: DelegationFormValues,
  target: DelegationProposalTarget,
  submit: boolean,
): Promise<ActionResult<{ id: string }>> {
  const { citations: _citations, newPeople, ...input } = values;
  const items = await delegationItems(input, target);
  if (!items) return { ok: false, formError: "This delegation is no longer published." };
  const recordId = target.delegationId ?? refId(DELEGATION_REF);
  const [problems, cited] = await Promise.all([unpublishedLinks(prisma, input), citationItems(claimsOf(values, recordId))]);
  const fieldErrors = { ...problems, ...cited.fieldErrors };
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  const people: ProposedItem[] = newPeople.map((person) => ({
    recordType: "PERSON",
    operation: "CREATE",
    ref: person.ref,
    payload: personContent(person),
  }));
  // New people first: the delegation's item names them, and items are applied in order.
  const all: ProposedItem[] = [...people, ...items, ...cited.items];
  if (items.length === 0 && cited.items.length === 0) {
    return { ok: false, formError: "Nothing has changed: edit a field or add a source before saving." };
  }
  const title = `${target.delegationId ? "Edit delegation" : "New delegation"}: ${input.title}`;
  return saveProposal(actor, { title, items: all, submit }, target.changeId);
}

// A proposal to take the delegation off the public record, with the reviewer's reason.
export async function proposeDelegationRemoval(
  actor: Actor,
  { recordId, reason }: RemovalInput,
  changeId?: string,
): Promise<ActionResult<{ id: string }>> {
  const current = await delegationRecord.load(prisma, recordId);
  if (!current) return { ok: false, formError: "This delegation is no longer published." };
  const item: ProposedItem = {
    recordType: "DELEGATION",
    operation: "DELETE",
    recordId,
    baseVersion: current.version,
    payload: current.content,
  };
  return saveWithReason(actor, { title: `Remove delegation: ${current.title}`, submit: true, items: [item] }, reason, changeId);
}
