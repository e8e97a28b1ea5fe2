import "server-only";
import { prisma } from "@/lib/db";
import type { ChangeOperation, RecordType } from "@/lib/generated/prisma/enums";
import { openedVersion, saveProposal, saveWithReason, type ProposedItem } from "@/lib/change-request";
import { citationItems, proposedCitation } from "@/lib/claim-citations";
import { refId } from "@/lib/citation-policy";
import { figureRecord, isSubjectPublished } from "@/lib/figure-record";
import { changedFields, diffContent } from "@/lib/record-diff";
import {
  FIGURE_SUBJECT_LABELS,
  FIGURE_SUBJECTS,
  figureSchema,
  formatFigureValue,
  subjectOf,
  uncitedFigure,
  type FigureFormValues,
  type FigureInput,
  type FigureSubject,
} from "@/lib/figure-schema";
import { pickedRecords } from "@/lib/picked-records";
import { tiePath, tieTitle } from "@/lib/tie-path";
import type { PickedRecord } from "@/lib/record-picker-schema";
import type { ActionResult } from "@/lib/action-result";
import type { Actor } from "@/lib/permissions";
import type { RemovalInput } from "@/lib/removal-schema";
import { findByName, findDatedByTitle } from "@/lib/name-search";
import { keysetQuery, PAGE_SIZE, pageOf, type PageRequest } from "@/lib/keyset";
import { foundIds, inIdOrder } from "@/lib/list-search";

// The new figure's ref inside its change, which its citation points at (refId).
const FIGURE_REF = "figure";

const listed = { id: true, label: true, value: true, qualifier: true, unit: true, asOf: true, updatedAt: true } as const;
const subjectNames = {
  place: { select: { name: true, slug: true } },
  organisation: { select: { name: true, slug: true } },
  event: { select: { name: true, slug: true } },
  delegation: { select: { title: true, slug: true } },
  tie: { select: { placeA: { select: { name: true, slug: true } }, placeB: { select: { name: true, slug: true } } } },
} as const;

type Named = { name: string; slug: string } | null;
type Subjects = { place: Named; organisation: Named; event: Named; delegation: { title: string; slug: string } | null };

// What a listed figure is about, and the public page that shows it.
function aboutOf({ place, organisation, event, delegation, tie }: Subjects & { tie: { placeA: Named; placeB: Named } | null }) {
  if (place) return { about: place.name, aboutPath: `/places/${place.slug}` };
  if (organisation) return { about: organisation.name, aboutPath: `/organisations/${organisation.slug}` };
  if (event) return { about: event.name, aboutPath: `/events/${event.slug}` };
  if (delegation) return { about: delegation.title, aboutPath: `/delegations/${delegation.slug}` };
  if (tie?.placeA && tie.placeB)
    return { about: tieTitle(tie.placeA.name, tie.placeB.name), aboutPath: tiePath(tie.placeA.slug, tie.placeB.slug) };
  return { about: "", aboutPath: null };
}

// The editors' list: figures whose label holds the query or whose subject's name starts
// with it; or else all of them, most recently changed first, a page at a time.
export async function listFiguresForEditing(query: string, request: PageRequest) {
  const q = query.trim();
  if (q) {
    const ids = foundIds(await figuresLabelled(q), await figuresAbout(q));
    const figures = await prisma.figure.findMany({ where: { id: { in: ids } }, select: { ...listed, ...subjectNames } });
    return { rows: inIdOrder(ids, figures).map(withAbout), previous: null, next: null };
  }
  const page = keysetQuery("updatedAt", request, (text) => new Date(text), "desc");
  const figures = await prisma.figure.findMany({
    where: { AND: [{ retiredAt: null }, page.where] },
    orderBy: page.orderBy,
    take: page.take,
    select: { ...listed, ...subjectNames },
  });
  const { rows, previous, next } = pageOf(figures, request, (row) => [row.updatedAt.toISOString(), row.id]);
  return { rows: rows.map(withAbout), previous, next };
}

function withAbout<T extends Subjects & { tie: { placeA: Named; placeB: Named } | null }>(figure: T) {
  const { place, organisation, event, delegation, tie, ...rest } = figure;
  return { ...rest, ...aboutOf({ place, organisation, event, delegation, tie }) };
}

// Labels are not in the name index: read through, newest first.
async function figuresLabelled(q: string) {
  const rows = await prisma.figure.findMany({
    where: { retiredAt: null, label: { contains: q } },
    orderBy: { updatedAt: "desc" },
    take: PAGE_SIZE,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

// Figures about the places, organisations, events or delegations found by name or title,
// one query per kind of subject: each reads its own index, where one query with OR would
// read every figure in id order.
async function figuresAbout(q: string) {
  const [named, events, delegations] = await Promise.all([
    findByName(prisma, q, { recordTypes: ["PLACE", "ORGANISATION"], limit: PAGE_SIZE }),
    findDatedByTitle(prisma, "EVENT", q, { limit: PAGE_SIZE }),
    findDatedByTitle(prisma, "DELEGATION", q, { limit: PAGE_SIZE }),
  ]);
  const ids = (matches: { recordId: string }[]) => matches.map((match) => match.recordId);
  const subjects: [FigureSubject, string[]][] = [
    ["placeId", ids(named.filter((match) => match.recordType === "PLACE"))],
    ["organisationId", ids(named.filter((match) => match.recordType === "ORGANISATION"))],
    ["eventId", ids(events)],
    ["delegationId", ids(delegations)],
  ];
  const found = await Promise.all(
    subjects
      .filter(([, recordIds]) => recordIds.length > 0)
      .map(([field, recordIds]) =>
        prisma.figure.findMany({ where: { retiredAt: null, [field]: { in: recordIds } }, take: PAGE_SIZE, select: { id: true } }),
      ),
  );
  return found.flat().map((row) => row.id);
}

// The published figures about one record, for its edit page.
export async function listFiguresAbout(field: FigureSubject, id: string) {
  return prisma.figure.findMany({ where: { [field]: id, retiredAt: null }, orderBy: { asOf: "desc" }, select: listed });
}

// The published figure in the form's shape, for an edit proposal.
export async function getFigureForEditing(id: string) {
  return figureRecord.load(prisma, id);
}

// A tie has no picker (it is reached from its own page): it is shown by its two places.
async function pickedTie(id: string | null): Promise<PickedRecord | null> {
  if (!id) return null;
  const tie = await prisma.tie.findFirst({ where: { id, retiredAt: null }, select: subjectNames.tie.select });
  return tie && { id, title: tieTitle(tie.placeA.name, tie.placeB.name), detail: "Tie" };
}

// The records the form's values name (its subject and cited source), keyed by id.
export async function getFigurePicks(values: FigureFormValues): Promise<Record<string, PickedRecord>> {
  const [picked, tie] = await Promise.all([
    pickedRecords({
      PLACE: [values.placeId],
      ORGANISATION: [values.organisationId],
      EVENT: [values.eventId],
      DELEGATION: [values.delegationId],
      SOURCE: [values.citations.value.sourceId],
    }),
    pickedTie(values.tieId),
  ]);
  return tie ? { ...picked, [tie.id]: tie } : picked;
}

// The subject a "New figure" link names (?eventId=…), when it names exactly one.
export function presetSubject(params: Record<string, string | string[] | undefined>): Partial<Record<FigureSubject, string>> {
  const given = FIGURE_SUBJECTS.flatMap((field) => {
    const value = params[field];
    return typeof value === "string" && value.length > 0 && value.length <= 40 ? [[field, value] as const] : [];
  });
  return given.length === 1 ? Object.fromEntries(given) : {};
}

// Which proposal the form saves: a new figure, an edit of a published one, or a revision
// of the editor's own draft or returned change. `baseVersion`: the version the form opened.
export type FigureProposalTarget = { figureId?: string; changeId?: string; baseVersion?: number };

async function figureItems(input: FigureInput, { figureId, baseVersion }: FigureProposalTarget): Promise<ProposedItem[] | null> {
  if (!figureId) return [{ recordType: "FIGURE", operation: "CREATE", ref: FIGURE_REF, payload: input }];
  const current = await figureRecord.load(prisma, figureId);
  if (!current) return null;
  if (changedFields(diffContent(current.content, input)).length === 0) return [];
  const prepared = openedVersion(baseVersion, current.version);
  return [{ recordType: "FIGURE", operation: "UPDATE", recordId: figureId, baseVersion: prepared, payload: input }];
}

// A proposal only: nothing public changes until a reviewer approves it. The passage for
// the value goes in the same change; what it asserts is the number, unless the editor
// wrote what the source states, so that two sources giving different counts show as such.
export async function proposeFigure(
  actor: Actor,
  values: FigureFormValues,
  target: FigureProposalTarget,
  submit: boolean,
): Promise<ActionResult<{ id: string }>> {
  const { citations, ...input } = values;
  const own = await figureItems(input, target);
  if (!own) return { ok: false, formError: "This figure is no longer published." };
  const subject = subjectOf(input)!;
  if (!(await isSubjectPublished(prisma, input))) {
    return {
      ok: false,
      fieldErrors: { subject: `This ${FIGURE_SUBJECT_LABELS[subject].toLowerCase()} is not published; choose another.` },
    };
  }
  const citation = { ...citations.value, assertedValue: citations.value.assertedValue || String(input.value) };
  const recordId = target.figureId ?? refId(FIGURE_REF);
  const cited = await citationItems([{ recordType: "FIGURE", recordId, field: "value", citation, path: "citations.value" }]);
  if (Object.keys(cited.fieldErrors).length > 0) return { ok: false, fieldErrors: cited.fieldErrors };
  const items = [...own, ...cited.items];
  if (items.length === 0) return { ok: false, formError: "Nothing has changed: edit a field or add a source before saving." };
  const title = `${target.figureId ? "Edit figure" : "New figure"}: ${input.label}, ${formatFigureValue(input.value)}`;
  return saveProposal(actor, { title, items, submit }, target.changeId);
}

// Taking a figure out (a duplicate, a count the source does not give) is a proposal too.
export async function proposeFigureRemoval(
  actor: Actor,
  { recordId: figureId, reason }: RemovalInput,
  changeId?: string,
): Promise<ActionResult<{ id: string }>> {
  const current = await figureRecord.load(prisma, figureId);
  if (!current) return { ok: false, formError: "This figure is no longer published." };
  const item: ProposedItem = {
    recordType: "FIGURE",
    operation: "DELETE",
    recordId: figureId,
    baseVersion: current.version,
    payload: current.content,
  };
  return saveWithReason(actor, { title: `Remove figure: ${current.title}`, submit: true, items: [item] }, reason, changeId);
}

type StoredItem = { recordType: RecordType; operation: ChangeOperation; payload: unknown; ref: string | null; recordId: string | null };

export type FigureProposal = { values: FigureFormValues; figureId?: string };

// The form's values rebuilt from a change's open items, for its author to revise. Null when
// the items hold anything the form cannot show, since saving it would silently drop that.
export function figureProposalFrom(items: StoredItem[]): FigureProposal | null {
  const [main, ...others] = items.filter((item) => item.recordType === "FIGURE");
  const content = figureSchema.safeParse(main?.payload);
  if (!content.success || others.length > 0) return null;
  const figureId = main.operation === "UPDATE" ? main.recordId : null;
  if (!(main.operation === "CREATE" && main.ref === FIGURE_REF) && !figureId) return null;
  const value = proposedCitation(items, "FIGURE", figureId ?? refId(FIGURE_REF), "value");
  if (items.length !== (value ? 2 : 1)) return null;
  return { values: { ...content.data, citations: value ? { value } : uncitedFigure() }, figureId: figureId ?? undefined };
}
