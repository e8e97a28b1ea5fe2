import "server-only";
import { prisma } from "@/lib/db";
import type { ChangeOperation, RecordType } from "@/lib/generated/prisma/enums";
import { openedVersion, saveProposal, saveWithReason, type ProposedItem } from "@/lib/change-request";
import { refId } from "@/lib/citation-policy";
import { citationItems, proposedCitation, type CitedClaim } from "@/lib/claim-citations";
import { uncited } from "@/lib/claim-citation-schema";
import { newNameId } from "@/lib/name-schema";
import { personSchema, type PersonForm, type PersonInput, type PositionRow } from "@/lib/person-schema";
import type { MergeInput } from "@/lib/merge-schema";
import { positionSchema, type PositionInput } from "@/lib/position-schema";
import { personRecord } from "@/lib/person-record";
import { findByName, inMatchOrder } from "@/lib/name-search";
import type { ActionResult } from "@/lib/action-result";
import type { Actor } from "@/lib/permissions";
import { keysetQuery, PAGE_SIZE, pageOf, type PageRequest } from "@/lib/keyset";

const PERSON_REF = "person";
const positionRef = (index: number) => `position-${index}`;

export type PersonTarget = { personId?: string; changeId?: string; baseVersion?: number };

type StoredItem = { recordType: RecordType; operation: ChangeOperation; payload: unknown; ref: string | null; recordId: string | null };

const personContentOf = (form: PersonForm): PersonInput => ({
  name: form.name,
  summary: form.summary,
  names: form.names.map(({ citation: _citation, ...name }) => name),
});

const positionContentOf = (personId: string, { id: _id, titleCitation: _t, periodCitation: _p, ...row }: PositionRow): PositionInput => ({
  personId,
  ...row,
});

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

// The passages a person form gives: the person's existence, each name's source (a variant
// is kept with the source that used it), each position's title and period.
function claimsOf(form: PersonForm, personId: string, positionIds: string[]): CitedClaim[] {
  const claims: CitedClaim[] = [
    { recordType: "PERSON", recordId: personId, field: "exists", citation: form.existsCitation, path: "existsCitation" },
  ];
  form.names.forEach((name, i) => {
    claims.push({ recordType: "NAME", recordId: name.id!, field: "exists", citation: name.citation, path: `names.${i}.citation` });
  });
  form.positions.forEach((row, i) => {
    const recordId = positionIds[i];
    claims.push({ recordType: "POSITION", recordId, field: "title", citation: row.titleCitation, path: `positions.${i}.titleCitation` });
    for (const field of ["startOn", "endOn"] as const) {
      if (row[field])
        claims.push({ recordType: "POSITION", recordId, field, citation: row.periodCitation, path: `positions.${i}.periodCitation` });
    }
  });
  return claims;
}

// The person's published positions, as the form's rows (no new citations yet).
async function currentPositions(personId: string): Promise<PositionRow[]> {
  const positions = await prisma.position.findMany({ where: { personId }, orderBy: [{ startOn: "asc" }, { createdAt: "asc" }] });
  return positions.map((p) => ({
    id: p.id,
    title: p.title,
    placeId: p.placeId,
    organisationId: p.organisationId,
    startOn: p.startOn ?? "",
    endOn: p.endOn ?? "",
    titleCitation: uncited(),
    periodCitation: uncited(),
  }));
}

// The items that bring a person's positions to the form's rows: new rows are created,
// changed ones edited, rows taken out removed.
function positionItems(form: PersonForm, personId: string, current: PositionRow[], version: number) {
  const items: ProposedItem[] = [];
  const ids = form.positions.map((row, i) => {
    const payload = positionContentOf(personId, row);
    const published = current.find((p) => p.id === row.id);
    if (!published) {
      items.push({ recordType: "POSITION", operation: "CREATE", ref: positionRef(i), payload });
      return refId(positionRef(i));
    }
    if (!same(positionContentOf(personId, published), payload)) {
      items.push({ recordType: "POSITION", operation: "UPDATE", recordId: published.id, baseVersion: version, payload });
    }
    return published.id!;
  });
  for (const published of current.filter((p) => !form.positions.some((row) => row.id === p.id))) {
    items.push({
      recordType: "POSITION",
      operation: "DELETE",
      recordId: published.id,
      baseVersion: version,
      payload: positionContentOf(personId, published),
    });
  }
  return { items, ids };
}

// A new person, or an edit of one, with their names, positions and the passages that
// support them, as one change. With `changeId` the author's own change is revised.
export async function proposePerson(
  actor: Actor,
  input: PersonForm,
  target: PersonTarget,
  submit: boolean,
): Promise<ActionResult<{ id: string }>> {
  const form: PersonForm = { ...input, names: input.names.map((name) => ({ ...name, id: name.id ?? newNameId() })) };
  const content = personContentOf(form);
  let items: ProposedItem[] = [{ recordType: "PERSON", operation: "CREATE", ref: PERSON_REF, payload: content }];
  let personId = refId(PERSON_REF);
  let current: PositionRow[] = [];
  let version = 0;
  if (target.personId) {
    const published = await personRecord.load(prisma, target.personId);
    if (!published) return { ok: false, formError: "This person is no longer published." };
    personId = target.personId;
    version = openedVersion(target.baseVersion, published.version);
    current = await currentPositions(personId);
    items = same(published.content, content)
      ? []
      : [{ recordType: "PERSON", operation: "UPDATE", recordId: personId, baseVersion: version, payload: content }];
  }
  const positions = positionItems(form, personId, current, version);
  const cited = await citationItems(claimsOf(form, personId, positions.ids));
  if (Object.keys(cited.fieldErrors).length > 0) return { ok: false, fieldErrors: cited.fieldErrors };
  items.push(...positions.items, ...cited.items);
  if (items.length === 0) return { ok: false, formError: "Nothing has changed: edit a field or add a source before saving." };
  const title = `${target.personId ? "Edit person" : "New person"}: ${form.name}`;
  return saveProposal(actor, { title, items, submit }, target.changeId);
}

// A published person as the form shows them, for editing, and the version it shows.
export async function getPersonForm(personId: string): Promise<{ form: PersonForm; version: number } | null> {
  const published = await personRecord.load(prisma, personId);
  if (!published) return null;
  const { name, summary, names } = published.content;
  const form = {
    name,
    summary,
    names: names.map((n) => ({ ...n, citation: uncited() })),
    existsCitation: uncited(),
    positions: await currentPositions(personId),
  };
  return { form, version: published.version };
}

// The person form rebuilt from a change's pending items, for its author to revise: a new
// person from the items alone, an edit from the published person with the items laid over.
export async function personFormFrom(items: StoredItem[]): Promise<{ form: PersonForm; personId?: string } | null> {
  const personItem = items.find((item) => item.recordType === "PERSON" && (item.operation === "CREATE" || item.operation === "UPDATE"));
  const positionItem = items.find((item) => item.recordType === "POSITION");
  const editedId =
    personItem?.operation === "UPDATE" ? personItem.recordId : positionSchema.safeParse(positionItem?.payload).data?.personId;
  const personId = editedId && !editedId.startsWith("ref:") ? editedId : undefined;
  const base = personId ? ((await getPersonForm(personId))?.form ?? null) : null;
  const parsed = personSchema.safeParse(personItem?.payload);
  if (!parsed.success && !base) return null;
  const person = parsed.success ? parsed.data : base!;
  const target = personId ?? refId(PERSON_REF);
  const citation = (recordType: RecordType, recordId: string, field: string) =>
    proposedCitation(items, recordType, recordId, field) ?? uncited();
  const rows = [...(base?.positions ?? [])].filter((row) => !items.some((i) => i.operation === "DELETE" && i.recordId === row.id));
  for (const item of items.filter((i) => i.recordType === "POSITION" && i.operation !== "DELETE")) {
    const position = positionSchema.safeParse(item.payload);
    if (!position.success) return null;
    const { personId: _p, ...fields } = position.data;
    const recordId = item.operation === "CREATE" ? refId(item.ref ?? "") : item.recordId!;
    const row: PositionRow = {
      ...fields,
      ...(item.operation === "UPDATE" ? { id: item.recordId! } : {}),
      titleCitation: citation("POSITION", recordId, "title"),
      periodCitation: proposedCitation(items, "POSITION", recordId, "startOn") ?? citation("POSITION", recordId, "endOn"),
    };
    const at = rows.findIndex((r) => r.id && r.id === item.recordId);
    if (at >= 0) rows[at] = row;
    else rows.push(row);
  }
  const form: PersonForm = {
    name: person.name,
    summary: person.summary,
    names: person.names.map((name) => ({ ...name, citation: name.id ? citation("NAME", name.id, "exists") : uncited() })),
    existsCitation: citation("PERSON", target, "exists"),
    positions: rows,
  };
  return { form, personId };
}

const listed = { id: true, slug: true, name: true } as const;

// People for the editors' list: those whose names start with the query, in any script, or
// else all of them A–Z, a page at a time.
export async function listPeopleForEditing(query: string, request: PageRequest) {
  if (query.trim()) {
    const matches = await findByName(prisma, query, { recordTypes: ["PERSON"], limit: PAGE_SIZE });
    const rows = await prisma.person.findMany({ where: { id: { in: matches.map((m) => m.recordId) }, retiredAt: null }, select: listed });
    return { rows: await withPositionCounts(inMatchOrder(matches, rows)), previous: null, next: null };
  }
  const page = keysetQuery("name", request);
  const rows = await prisma.person.findMany({
    where: { AND: [{ retiredAt: null }, page.where] },
    orderBy: page.orderBy,
    take: page.take,
    select: listed,
  });
  const { rows: people, previous, next } = pageOf(rows, request, (row) => [row.name, row.id]);
  return { rows: await withPositionCounts(people), previous, next };
}

// Counted for the page's people only: a relation `_count` groups the whole position table.
async function withPositionCounts<T extends { id: string }>(people: T[]) {
  const counts = await prisma.position.groupBy({
    by: ["personId"],
    where: { personId: { in: people.map((person) => person.id) } },
    _count: { _all: true },
  });
  const positions = new Map(counts.map((count) => [count.personId, count._count._all]));
  return people.map((person) => ({ ...person, positions: positions.get(person.id) ?? 0 }));
}

// Two records of one person become one: the duplicate's names, positions and mentions move
// to the other when a reviewer approves. Revising it keeps it a merge.
export async function proposePersonMerge(actor: Actor, { recordId: personId, intoId, reason }: MergeInput, changeId?: string) {
  if (personId === intoId) return { ok: false as const, fieldErrors: { intoId: "Choose another person" } };
  const [duplicate, into] = await Promise.all([personRecord.load(prisma, personId), personRecord.load(prisma, intoId)]);
  if (!duplicate) return { ok: false as const, formError: "This person is no longer published." };
  if (!into) return { ok: false as const, fieldErrors: { intoId: "That person is no longer published; choose another" } };
  const item: ProposedItem = {
    recordType: "PERSON",
    operation: "MERGE",
    recordId: personId,
    baseVersion: duplicate.version,
    mergeIntoId: intoId,
    payload: duplicate.content,
  };
  return saveWithReason(
    actor,
    { title: `Merge person: ${duplicate.title} into ${into.title}`, submit: true, items: [item] },
    reason,
    changeId,
  );
}
