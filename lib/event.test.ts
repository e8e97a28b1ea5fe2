import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { eventProposalFrom, getEventForEditing, proposeEvent, proposeEventRemoval } from "@/lib/event";
import { eventRecord } from "@/lib/event-record";
import { approveChange, returnChange } from "@/lib/change-review";
import { emptyEvent, eventFormSchema, uncitedEventClaims, type EventFormValues } from "@/lib/event-schema";
import { EVENTS, type EventSpec } from "../prisma/seed-data";

const editor = { id: "", role: "EDITOR" as const };
const reviewer = { id: "", role: "REVIEWER" as const };
let sourceId = "";
const ids = { seoul: "", busan: "", jiangsuOffice: "", tourism: "", delegation: "" };

const SNAPSHOT =
  'On June 14 the "Water Rhythm Jiangsu" culture and tourism promotion was held in Seoul and Busan, ' +
  "organised by the Jiangsu culture office and the Korea Tourism Organization.";

beforeAll(async () => {
  editor.id = (await createTestUser("EDITOR", "editor")).id;
  reviewer.id = (await createTestUser("REVIEWER", "reviewer")).id;
  const place = (slug: string, name: string) => prisma.place.create({ data: { slug, name, country: "KR", level: "CITY" } });
  const organisation = (slug: string, name: string) => prisma.organisation.create({ data: { slug, name, kind: "GOVERNMENT" } });
  ids.seoul = (await place("seoul", "Seoul")).id;
  ids.busan = (await place("busan", "Busan")).id;
  ids.jiangsuOffice = (await organisation("jiangsu-culture", "Jiangsu culture office")).id;
  ids.tourism = (await organisation("kto", "Korea Tourism Organization")).id;
  ids.delegation = (await prisma.delegation.create({ data: { slug: "jiangsu-visit", title: "Jiangsu delegation to Korea" } })).id;
  sourceId = (await prisma.source.create({ data: { title: "Jiangsu news", snapshot: SNAPSHOT, snapshotHash: "h" } })).id;
});

const cites = (quote: string, assertedValue = "") => ({ sourceId, quote, startOffset: SNAPSHOT.indexOf(quote), assertedValue });

function event(overrides: Partial<EventFormValues> = {}): EventFormValues {
  return {
    ...emptyEvent(),
    name: "Water Rhythm Jiangsu promotion",
    kind: "PROMOTION",
    startOn: "2024-06-14",
    places: [ids.seoul, ids.busan],
    organisers: [ids.jiangsuOffice, ids.tourism],
    delegationId: ids.delegation,
    citations: {
      exists: cites('the "Water Rhythm Jiangsu" culture and tourism promotion'),
      startOn: cites("On June 14", "2024-06-14"),
      places: cites("held in Seoul and Busan"),
      organisers: cites("organised by the Jiangsu culture office and the Korea Tourism Organization"),
    },
    ...overrides,
  };
}

async function proposeAndApprove(values: EventFormValues, eventId?: string, baseVersion?: number) {
  const proposed = await proposeEvent(editor, values, { eventId, baseVersion }, true);
  if (!proposed.ok) throw new Error(JSON.stringify(proposed));
  return approveChange(reviewer, proposed.data!.id, "all", { seenRevision: 1 });
}

const linksOf = (eventId: string) =>
  Promise.all([
    prisma.eventPlace.findMany({ where: { eventId }, orderBy: { sequence: "asc" } }),
    prisma.eventOrganiser.findMany({ where: { eventId }, orderBy: { sequence: "asc" } }),
  ]);

describe("an event through review", () => {
  let eventId = "";

  it("is published on approval with its places and organisers in order, and the passages for its claims", async () => {
    expect((await proposeAndApprove(event())).ok).toBe(true);
    const created = await prisma.event.findFirstOrThrow({ where: { name: "Water Rhythm Jiangsu promotion" } });
    eventId = created.id;
    expect(created).toMatchObject({ slug: "water-rhythm-jiangsu-promotion", kind: "PROMOTION", startOn: "2024-06-14", version: 1 });
    const [places, organisers] = await linksOf(eventId);
    expect(places.map((p) => p.placeId)).toEqual([ids.seoul, ids.busan]);
    expect(organisers.map((o) => o.organisationId)).toEqual([ids.jiangsuOffice, ids.tourism]);
    const citations = await prisma.citation.findMany({ where: { recordType: "EVENT", recordId: eventId }, orderBy: { field: "asc" } });
    expect(citations.map((c) => [c.field, c.assertedValue])).toEqual([
      ["exists", null],
      ["organisers", null],
      ["places", null],
      ["startOn", "2024-06-14"],
    ]);
    const { citations: _citations, ...content } = eventFormSchema.parse(event());
    expect((await getEventForEditing(eventId))?.content).toEqual(content);
    // The picker finds it by its name once it is published.
    expect(await prisma.searchKey.count({ where: { recordType: "EVENT", recordId: eventId } })).toBeGreaterThan(0);
  });

  it("applies an edit: a place removed, the order of organisers changed, a new version", async () => {
    const edited = event({ places: [ids.busan], organisers: [ids.tourism, ids.jiangsuOffice], citations: uncitedEventClaims() });
    expect((await proposeAndApprove(edited, eventId, 1)).ok).toBe(true);
    const [places, organisers] = await linksOf(eventId);
    expect(places.map((p) => p.placeId)).toEqual([ids.busan]);
    expect(organisers.map((o) => o.organisationId)).toEqual([ids.tourism, ids.jiangsuOffice]);
    expect(await prisma.event.findUniqueOrThrow({ where: { id: eventId } })).toMatchObject({ version: 2 });
  });

  it("refuses to save an edit that changes nothing", async () => {
    const loaded = await getEventForEditing(eventId);
    const values = { ...loaded!.content, citations: uncitedEventClaims() };
    expect(await proposeEvent(editor, values, { eventId, baseVersion: loaded!.version }, true)).toEqual({
      ok: false,
      formError: expect.stringContaining("Nothing has changed"),
    });
  });

  it("refuses approval while that it took place, its date and its places are uncited, listing them", async () => {
    const values = event({ name: "Busan culture week", citations: uncitedEventClaims() });
    const proposed = await proposeEvent(editor, values, {}, true);
    const approved = await approveChange(reviewer, proposed.ok ? proposed.data!.id : "", "all", { seenRevision: 1 });
    expect(approved).toEqual({ ok: false, formError: expect.stringContaining("Cite these key claims") });
    expect(approved.ok === false && approved.formError).toMatch(/that it exists.*Start date.*Places/);
    expect(await prisma.event.count({ where: { name: values.name } })).toBe(0);
  });

  it("asks no passage for a date or places the event does not have", async () => {
    const content = { ...eventFormSchema.parse(event({ startOn: "", places: [] })) };
    expect(eventRecord.keyClaims(content)).toEqual(["exists"]);
  });

  it("refuses a place, organiser or delegation that is not published, at its row", async () => {
    const values = event({ places: [ids.seoul, "nosuchplace"], organisers: ["nosuchbody"], delegationId: "nosuchvisit" });
    expect(await proposeEvent(editor, values, {}, true)).toEqual({
      ok: false,
      fieldErrors: {
        "places.1": expect.stringContaining("not published"),
        "organisers.0": expect.stringContaining("not published"),
        delegationId: expect.stringContaining("not published"),
      },
    });
  });

  it("refuses an end before the start, and a place listed twice, at their fields", () => {
    const parsed = eventFormSchema.safeParse(event({ startOn: "2024-06-14", endOn: "2024-05", places: [ids.seoul, ids.seoul] }));
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["places.1", "This place is listed already"],
      ["endOn", "The event cannot end before it starts"],
    ]);
  });

  it("names places, organisers and the delegation for the review diff", async () => {
    const { citations: _c, ...content } = event();
    const names = await eventRecord.referenceNames(prisma, [content]);
    expect([names[ids.busan], names[ids.tourism], names[ids.delegation]]).toEqual([
      "Busan",
      "Korea Tourism Organization",
      "Jiangsu delegation to Korea",
    ]);
  });

  it("is retired by an approved removal", async () => {
    const proposed = await proposeEventRemoval(editor, { recordId: eventId, reason: "A duplicate of another entry" });
    expect(proposed.ok).toBe(true);
    expect((await approveChange(reviewer, proposed.ok ? proposed.data!.id : "", "all", { seenRevision: 1 })).ok).toBe(true);
    expect(await getEventForEditing(eventId)).toBeNull();
    expect(await prisma.searchKey.count({ where: { recordType: "EVENT", recordId: eventId } })).toBe(0);
  });
});

describe("revising a returned event", () => {
  it("reads the change back into the form, passages included, and saves the revision in its place", async () => {
    const values = event({ name: "Seoul photo exhibition", kind: "EXHIBITION" });
    const proposed = await proposeEvent(editor, values, {}, true);
    const changeId = proposed.ok ? proposed.data!.id : "";
    expect((await returnChange(reviewer, changeId, { seenRevision: 1, comment: "Which exhibition?" })).ok).toBe(true);
    const items = await prisma.changeItem.findMany({ where: { changeRequestId: changeId }, orderBy: { sequence: "asc" } });
    expect(eventProposalFrom(items)).toEqual({ values: eventFormSchema.parse(values), eventId: undefined });

    const revised = { ...values, summary: "Photographs of Jiangsu's water towns." };
    expect(await proposeEvent(editor, revised, { changeId }, true)).toEqual({ ok: true, data: { id: changeId } });
    const again = await prisma.changeItem.findMany({ where: { changeRequestId: changeId }, orderBy: { sequence: "asc" } });
    expect(eventProposalFrom(again)?.values).toEqual(eventFormSchema.parse(revised));
  });

  it("refuses to read a change holding more than the form shows", () => {
    const { citations: _c, ...payload } = event();
    const item = { recordType: "EVENT" as const, operation: "CREATE" as const, ref: "event", recordId: null, payload };
    expect(eventProposalFrom([item, { ...item, ref: "other" }])).toBeNull();
    expect(eventProposalFrom([item, { ...item, recordType: "PLACE" as const }])).toBeNull();
  });
});

// Every event of the demo data, written as prisma/seed.ts writes it (rows directly, one
// place and one organiser at most), opens in the edit form and, saved untouched, changes nothing.
describe("the seeded events", () => {
  const made = new Map<string, string>();
  async function once(key: string, make: () => Promise<{ id: string }>) {
    if (!made.has(key)) made.set(key, (await make()).id);
    return made.get(key)!;
  }

  async function seedEvent(spec: EventSpec) {
    const placeId =
      spec.place &&
      (await once(`p:${spec.place}`, () =>
        prisma.place.create({ data: { slug: `seed-${spec.place}`, name: spec.place!, country: "KR", level: "CITY" } }),
      ));
    const organisationId =
      spec.organiser &&
      (await once(`o:${spec.organiser}`, () =>
        prisma.organisation.create({ data: { slug: `seed-${spec.organiser}`, name: spec.organiser!, kind: "GOVERNMENT" } }),
      ));
    const delegationId =
      spec.delegation &&
      (await once(`d:${spec.delegation}`, () =>
        prisma.delegation.create({ data: { slug: `seed-${spec.delegation}`, title: spec.delegation! } }),
      ));
    const created = await prisma.event.create({
      data: {
        slug: `seed-${spec.slug}`,
        name: spec.name,
        kind: spec.kind,
        startOn: spec.startOn ?? null,
        endOn: spec.endOn ?? null,
        delegationId: delegationId || null,
        isRecurring: spec.isRecurring ?? false,
        summary: spec.summary ?? null,
      },
    });
    if (placeId) await prisma.eventPlace.create({ data: { eventId: created.id, placeId } });
    if (organisationId) await prisma.eventOrganiser.create({ data: { eventId: created.id, organisationId } });
    return created.id;
  }

  it.each(EVENTS.map((spec) => [spec.slug, spec] as const))("%s opens in the form and round-trips unchanged", async (_slug, spec) => {
    const id = await seedEvent(spec);
    const loaded = await getEventForEditing(id);
    const form = eventFormSchema.safeParse({ ...loaded!.content, citations: uncitedEventClaims() });
    expect(form.error).toBeUndefined();
    expect(form.data).toMatchObject({
      name: spec.name,
      kind: spec.kind,
      startOn: spec.startOn ?? "",
      places: spec.place ? [expect.any(String)] : [],
    });
    expect(await proposeEvent(editor, form.data!, { eventId: id, baseVersion: loaded!.version }, true)).toEqual({
      ok: false,
      formError: expect.stringContaining("Nothing has changed"),
    });
    const { citations: _c, ...content } = form.data!;
    const before = await linksOf(id);
    await prisma.$transaction((tx) => eventRecord.update(tx, id, content));
    expect((await getEventForEditing(id))?.content).toEqual(loaded!.content);
    const after = await linksOf(id);
    expect(after.map((rows) => rows.map((row) => ("placeId" in row ? row.placeId : row.organisationId)))).toEqual(
      before.map((rows) => rows.map((row) => ("placeId" in row ? row.placeId : row.organisationId))),
    );
  });
});
