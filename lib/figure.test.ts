import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { figureProposalFrom, getFigureForEditing, presetSubject, proposeFigure, proposeFigureRemoval } from "@/lib/figure";
import { figureRecord } from "@/lib/figure-record";
import { approveChange, returnChange } from "@/lib/change-review";
import { emptyFigure, figureFormSchema, formatFigure, uncitedFigure, type FigureFormValues } from "@/lib/figure-schema";
import { FIGURES, type FigureSpec } from "../prisma/seed-data";

const editor = { id: "", role: "EDITOR" as const };
const reviewer = { id: "", role: "REVIEWER" as const };
let sourceId = "";
const ids = { suzhou: "", jiangsu: "", forum: "" };

const SNAPSHOT =
  "There are more than 6,500 Korean enterprises in Suzhou. So far, Jiangsu and South Korea have established 33 pairs " +
  "of friendship city relations. About 200 companies attended the forum.";

beforeAll(async () => {
  editor.id = (await createTestUser("EDITOR", "editor")).id;
  reviewer.id = (await createTestUser("REVIEWER", "reviewer")).id;
  ids.suzhou = (await prisma.place.create({ data: { slug: "suzhou", name: "Suzhou", country: "CN", level: "CITY" } })).id;
  ids.jiangsu = (await prisma.place.create({ data: { slug: "jiangsu", name: "Jiangsu", country: "CN", level: "PROVINCE" } })).id;
  ids.forum = (await prisma.event.create({ data: { slug: "forum", name: "Jiangsu–Korea trade forum", kind: "FORUM" } })).id;
  sourceId = (await prisma.source.create({ data: { title: "Jiangsu news", snapshot: SNAPSHOT, snapshotHash: "h" } })).id;
});

const cites = (quote: string, assertedValue = "") => ({ sourceId, quote, startOffset: SNAPSHOT.indexOf(quote), assertedValue });

function figure(overrides: Partial<FigureFormValues> = {}): FigureFormValues {
  return {
    ...emptyFigure({ placeId: ids.suzhou }),
    label: "Korean enterprises in Suzhou",
    value: 6500,
    qualifier: "MORE_THAN",
    unit: "enterprises",
    asOf: "2024-06",
    citations: { value: cites("more than 6,500 Korean enterprises in Suzhou") },
    ...overrides,
  };
}

async function proposeAndApprove(values: FigureFormValues, figureId?: string, baseVersion?: number) {
  const proposed = await proposeFigure(editor, values, { figureId, baseVersion }, true);
  if (!proposed.ok) throw new Error(JSON.stringify(proposed));
  return approveChange(reviewer, proposed.data!.id, "all", { seenRevision: 1 });
}

describe("a figure through review", () => {
  let figureId = "";

  it("is published on approval with its qualifier, and its passage asserts the number", async () => {
    expect((await proposeAndApprove(figure())).ok).toBe(true);
    const created = await prisma.figure.findFirstOrThrow({ where: { label: "Korean enterprises in Suzhou" } });
    figureId = created.id;
    expect(created).toMatchObject({
      value: 6500,
      qualifier: "MORE_THAN",
      unit: "enterprises",
      asOf: "2024-06",
      placeId: ids.suzhou,
      version: 1,
    });
    const [citation] = await prisma.citation.findMany({ where: { recordType: "FIGURE", recordId: figureId } });
    expect(citation).toMatchObject({ field: "value", assertedValue: "6500" });
    expect(formatFigure(created)).toBe("more than 6,500 enterprises");
  });

  it("applies an edit to a new version, and refuses an edit that changes nothing", async () => {
    const edited = figure({ value: 6600, qualifier: "ABOUT", citations: uncitedFigure() });
    expect((await proposeAndApprove(edited, figureId, 1)).ok).toBe(true);
    expect(await prisma.figure.findUniqueOrThrow({ where: { id: figureId } })).toMatchObject({
      value: 6600,
      qualifier: "ABOUT",
      version: 2,
    });
    const loaded = await getFigureForEditing(figureId);
    expect(await proposeFigure(editor, { ...loaded!.content, citations: uncitedFigure() }, { figureId, baseVersion: 2 }, true)).toEqual({
      ok: false,
      formError: expect.stringContaining("Nothing has changed"),
    });
  });

  it("refuses approval while its value is uncited", async () => {
    const values = figure({
      label: "Friendship-city pairs",
      value: 33,
      qualifier: "EXACTLY",
      placeId: ids.jiangsu,
      citations: uncitedFigure(),
    });
    const proposed = await proposeFigure(editor, values, {}, true);
    const approved = await approveChange(reviewer, proposed.ok ? proposed.data!.id : "", "all", { seenRevision: 1 });
    expect(approved).toEqual({ ok: false, formError: expect.stringMatching(/Cite these key claims.*Value/) });
    expect(await prisma.figure.count({ where: { label: "Friendship-city pairs" } })).toBe(0);
  });

  it("keeps the value the editor says the source states", async () => {
    const values = figure({ label: "Companies at the forum", value: 200, qualifier: "ABOUT", unit: "", placeId: null, eventId: ids.forum });
    values.citations.value = cites("About 200 companies attended the forum", "about 200");
    expect((await proposeAndApprove(values)).ok).toBe(true);
    const created = await prisma.figure.findFirstOrThrow({ where: { label: "Companies at the forum" } });
    expect(created).toMatchObject({ eventId: ids.forum, placeId: null });
    expect(await prisma.citation.findFirst({ where: { recordId: created.id } })).toMatchObject({ assertedValue: "about 200" });
    expect(await figureRecord.publicTags(prisma, created.id)).toEqual([`event:${ids.forum}`]);
    expect(await figureRecord.referenceNames(prisma, [values])).toEqual({ [ids.forum]: "Jiangsu–Korea trade forum" });
  });

  it("belongs to exactly one record", () => {
    const none = figureFormSchema.safeParse(figure({ placeId: null }));
    const two = figureFormSchema.safeParse(figure({ eventId: ids.forum }));
    expect(none.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["subject", "Choose what the figure is about"]]);
    expect(two.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["subject", "A figure is about one record only"]]);
    expect(figureFormSchema.safeParse(figure({ value: Number.NaN })).error?.issues[0].path).toEqual(["value"]);
  });

  it("refuses a subject that is not published, at the subject", async () => {
    expect(await proposeFigure(editor, figure({ placeId: "nosuchplace" }), {}, true)).toEqual({
      ok: false,
      fieldErrors: { subject: expect.stringContaining("not published") },
    });
  });

  it("takes its subject from the link that opened the form, when it names exactly one", () => {
    expect(presetSubject({ eventId: ids.forum })).toEqual({ eventId: ids.forum });
    expect(presetSubject({ eventId: ids.forum, placeId: ids.suzhou })).toEqual({});
    expect(presetSubject({ placeId: ["a", "b"] })).toEqual({});
  });

  it("is retired by an approved removal", async () => {
    const proposed = await proposeFigureRemoval(editor, { recordId: figureId, reason: "Counted twice" });
    expect((await approveChange(reviewer, proposed.ok ? proposed.data!.id : "", "all", { seenRevision: 1 })).ok).toBe(true);
    expect(await getFigureForEditing(figureId)).toBeNull();
  });
});

describe("revising a returned figure", () => {
  it("reads the change back into the form, passage included", async () => {
    const values = figure({ label: "Korean residents of Suzhou", value: 50000, qualifier: "AT_LEAST" });
    const proposed = await proposeFigure(editor, values, {}, true);
    const changeId = proposed.ok ? proposed.data!.id : "";
    expect((await returnChange(reviewer, changeId, { seenRevision: 1, comment: "Which year?" })).ok).toBe(true);
    const items = await prisma.changeItem.findMany({ where: { changeRequestId: changeId }, orderBy: { sequence: "asc" } });
    const read = figureProposalFrom(items);
    const asserted = { ...values.citations.value, assertedValue: "50000" };
    expect(read).toEqual({ values: figureFormSchema.parse({ ...values, citations: { value: asserted } }), figureId: undefined });
    expect(await proposeFigure(editor, { ...read!.values, asOf: "2023" }, { changeId }, true)).toEqual({
      ok: true,
      data: { id: changeId },
    });
  });
});

// Every figure of the demo data, written as prisma/seed.ts writes it, opens in the edit form
// and, saved untouched, changes nothing.
describe("the seeded figures", () => {
  async function seedFigure(spec: FigureSpec) {
    const place = spec.place
      ? await prisma.place.create({ data: { slug: `seed-${spec.place}-${spec.value}`, name: spec.place, country: "CN", level: "CITY" } })
      : null;
    const { id } = await prisma.figure.create({
      data: { label: spec.label, value: spec.value, unit: spec.unit ?? null, asOf: spec.asOf ?? null, placeId: place?.id ?? null },
    });
    return id;
  }

  it.each(FIGURES.map((spec) => [spec.label, spec] as const))("%s opens in the form and round-trips unchanged", async (_label, spec) => {
    const id = await seedFigure(spec);
    const loaded = await getFigureForEditing(id);
    const form = figureFormSchema.safeParse({ ...loaded!.content, citations: uncitedFigure() });
    expect(form.error).toBeUndefined();
    expect(form.data).toMatchObject({ label: spec.label, value: spec.value, unit: spec.unit ?? "", asOf: spec.asOf ?? "" });
    expect(await proposeFigure(editor, form.data!, { figureId: id, baseVersion: loaded!.version }, true)).toEqual({
      ok: false,
      formError: expect.stringContaining("Nothing has changed"),
    });
    const { citations: _c, ...content } = form.data!;
    await prisma.$transaction((tx) => figureRecord.update(tx, id, content));
    expect((await getFigureForEditing(id))?.content).toEqual(loaded!.content);
  });
});
