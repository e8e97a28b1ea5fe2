import "server-only";
import { delegationTag, eventTag, organisationTag, placeTag, tieTag } from "@/lib/cache-tags";
import {
  figureKeyClaims,
  FIGURE_FIELD_LABELS,
  FIGURE_QUALIFIER_LABELS,
  FIGURE_SUBJECT_LABELS,
  figureSchema,
  subjectOf,
  type FigureInput,
  type FigureSubject,
} from "@/lib/figure-schema";
import { tiePath, tieTitle } from "@/lib/tie-path";
import { RecordRefused, type PublicPage, type RecordKind, type Tx } from "@/lib/record-kind";

type Subject = { field: FigureSubject; id: string };

const subjects = (contents: Pick<FigureInput, FigureSubject>[]): Subject[] =>
  contents.flatMap((content) => {
    const field = subjectOf(content);
    return field ? [{ field, id: content[field]! }] : [];
  });

const named = { select: { id: true, name: true, slug: true } } as const;
const tieNamed = {
  select: { id: true, placeA: { select: { name: true, slug: true } }, placeB: { select: { name: true, slug: true } } },
} as const;

// The records figures are about, by id, with their names and public pages.
async function subjectPages(tx: Tx, list: Subject[]): Promise<Map<string, PublicPage>> {
  const idsOf = (field: FigureSubject) => ({ id: { in: list.filter((s) => s.field === field).map((s) => s.id) } });
  const [places, organisations, events, delegations, ties] = await Promise.all([
    tx.place.findMany({ where: idsOf("placeId"), ...named }),
    tx.organisation.findMany({ where: idsOf("organisationId"), ...named }),
    tx.event.findMany({ where: idsOf("eventId"), ...named }),
    tx.delegation.findMany({ where: idsOf("delegationId"), select: { id: true, title: true, slug: true } }),
    tx.tie.findMany({ where: idsOf("tieId"), ...tieNamed }),
  ]);
  const page = (id: string, title: string, path: string): [string, PublicPage] => [id, { title, path }];
  return new Map([
    ...places.map((p) => page(p.id, p.name, `/places/${p.slug}`)),
    ...organisations.map((o) => page(o.id, o.name, `/organisations/${o.slug}`)),
    ...events.map((e) => page(e.id, e.name, `/events/${e.slug}`)),
    ...delegations.map((d) => page(d.id, d.title, `/delegations/${d.slug}`)),
    ...ties.map((t) => page(t.id, tieTitle(t.placeA.name, t.placeB.name), tiePath(t.placeA.slug, t.placeB.slug))),
  ]);
}

// The record the figure is about must be published: checked when proposing (at the field)
// and again when applying, since it may be retired in between.
export async function isSubjectPublished(tx: Tx, content: Pick<FigureInput, FigureSubject>): Promise<boolean> {
  const [subject] = subjects([content]);
  if (!subject) return false;
  const where = { id: subject.id, retiredAt: null };
  const counts: Record<FigureSubject, () => Promise<number>> = {
    placeId: () => tx.place.count({ where }),
    organisationId: () => tx.organisation.count({ where }),
    tieId: () => tx.tie.count({ where }),
    eventId: () => tx.event.count({ where }),
    delegationId: () => tx.delegation.count({ where }),
  };
  return (await counts[subject.field]()) > 0;
}

async function refuseUnpublishedSubject(tx: Tx, content: FigureInput) {
  if (!(await isSubjectPublished(tx, content))) {
    const field = subjectOf(content);
    const what = field ? FIGURE_SUBJECT_LABELS[field].toLowerCase() : "record";
    throw new RecordRefused(`${content.label}: the ${what} it is about is no longer published.`);
  }
}

function figureColumns({ label, value, qualifier, unit, asOf, placeId, organisationId, tieId, eventId, delegationId }: FigureInput) {
  return { label, value, qualifier, unit: unit || null, asOf: asOf || null, placeId, organisationId, tieId, eventId, delegationId };
}

type StoredFigure = Omit<FigureInput, "unit" | "asOf"> & { unit: string | null; asOf: string | null };

function contentOf(figure: StoredFigure): FigureInput {
  const { label, value, qualifier, placeId, organisationId, tieId, eventId, delegationId } = figure;
  return {
    label,
    value,
    qualifier,
    unit: figure.unit ?? "",
    asOf: figure.asOf ?? "",
    placeId,
    organisationId,
    tieId,
    eventId,
    delegationId,
  };
}

const subjectTag: Record<FigureSubject, (id: string) => string> = {
  placeId: placeTag,
  organisationId: organisationTag,
  tieId: tieTag,
  eventId: eventTag,
  delegationId: delegationTag,
};

export const figureRecord: RecordKind<FigureInput, "FIGURE"> = {
  recordType: "FIGURE",
  label: "Figure",
  fieldLabels: FIGURE_FIELD_LABELS,
  valueLabels: { qualifier: FIGURE_QUALIFIER_LABELS },
  schema: figureSchema,
  titleOf: (content) => content.label,
  editPath: (id) => `/admin/figures/${id}/edit`,
  keyClaims: figureKeyClaims,

  async listPublished(db) {
    const figures = await db.figure.findMany({ where: { retiredAt: null } });
    return figures.map((figure) => ({ id: figure.id, title: figure.label, content: contentOf(figure) }));
  },

  async load(tx, id) {
    const figure = await tx.figure.findFirst({ where: { id, retiredAt: null } });
    if (!figure) return null;
    const content = contentOf(figure);
    const [subject] = subjects([content]);
    const page = subject ? (await subjectPages(tx, [subject])).get(subject.id) : undefined;
    return { version: figure.version, title: figure.label, content, publicPath: page?.path ?? null };
  },

  async create(tx, content) {
    await refuseUnpublishedSubject(tx, content);
    const { id } = await tx.figure.create({ data: figureColumns(content), select: { id: true } });
    return id;
  },

  async update(tx, id, content) {
    await refuseUnpublishedSubject(tx, content);
    await tx.figure.update({ where: { id }, data: { ...figureColumns(content), version: { increment: 1 } } });
  },

  async retire(tx, id) {
    await tx.figure.update({ where: { id }, data: { retiredAt: new Date(), version: { increment: 1 } } });
  },

  // A figure has no page of its own: the page of what it is about shows it.
  async affectedPages(tx, _id, contents) {
    const pages = await subjectPages(tx, subjects(contents));
    return [...pages.values()];
  },

  async referenceNames(tx, contents) {
    const pages = await subjectPages(tx, subjects(contents));
    return Object.fromEntries([...pages].map(([id, page]) => [id, page.title]));
  },

  async publicTags(tx, id) {
    const figure = await tx.figure.findUnique({ where: { id } });
    if (!figure) return [];
    return subjects([figure]).map((subject) => subjectTag[subject.field](subject.id));
  },
};
