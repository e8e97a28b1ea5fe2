import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { agreementProposalFrom, getAgreementForEditing, proposeAgreement } from "@/lib/agreement";
import { approveChange, returnChange } from "@/lib/change-review";
import { agreementFormSchema, emptyAgreement, uncitedAgreement, type AgreementFormValues } from "@/lib/agreement-schema";
import { uncited } from "@/lib/claim-citation-schema";
import { agreementRecord } from "@/lib/agreement-record";

const editor = { id: "", role: "EDITOR" as const };
const reviewer = { id: "", role: "REVIEWER" as const };
let sourceId = "";
const ids = { gyeonggi: "", jiangsu: "", seoul: "", fao: "", kim: "", xin: "", kimGovernor: "", delegation: "", event: "" };

const SNAPSHOT =
  'On May 19 the two leaders signed the "Sisterhood Agreement between Gyeonggi Province and Jiangsu Province," ' +
  "at Dodamso. Gyeonggi Province has officially established a sisterhood relationship with Jiangsu Province. " +
  "Seoul and the Jiangsu Foreign Affairs Office signed a memorandum in 2023.";

const place = (slug: string, name: string, country: string) =>
  prisma.place.create({ data: { slug, name, country, level: "PROVINCE" } }).then((p) => p.id);
const person = (slug: string, name: string) => prisma.person.create({ data: { slug, name } }).then((p) => p.id);

beforeAll(async () => {
  editor.id = (await createTestUser("EDITOR", "editor")).id;
  reviewer.id = (await createTestUser("REVIEWER", "reviewer")).id;
  ids.gyeonggi = await place("gyeonggi", "Gyeonggi Province", "KR");
  ids.jiangsu = await place("jiangsu", "Jiangsu Province", "CN");
  ids.seoul = await place("seoul", "Seoul", "KR");
  ids.fao = (await prisma.organisation.create({ data: { slug: "jiangsu-fao", name: "Jiangsu FAO", kind: "GOVERNMENT" } })).id;
  ids.kim = await person("kim-dong-yeon", "Kim Dong-yeon");
  ids.xin = await person("xin-changxing", "Xin Changxing");
  ids.kimGovernor = (await prisma.position.create({ data: { personId: ids.kim, title: "Governor of Gyeonggi Province" } })).id;
  ids.delegation = (await prisma.delegation.create({ data: { slug: "jiangsu-visit", title: "Jiangsu delegation to Korea" } })).id;
  ids.event = (await prisma.event.create({ data: { slug: "water-rhythm", name: "Water Rhythm Jiangsu", kind: "PROMOTION" } })).id;
  sourceId = (await prisma.source.create({ data: { title: "Gyeonggi news", snapshot: SNAPSHOT, snapshotHash: "h" } })).id;
});

const cites = (quote: string, assertedValue = "") => ({ sourceId, quote, startOffset: SNAPSHOT.indexOf(quote), assertedValue });

function agreement(overrides: Partial<AgreementFormValues> = {}): AgreementFormValues {
  return {
    ...emptyAgreement(),
    title: "Sisterhood Agreement between Gyeonggi Province and Jiangsu Province",
    signedOn: "2024-05-19",
    venue: "Dodamso, Suwon",
    venuePlaceId: ids.gyeonggi,
    parties: [ids.gyeonggi, ids.jiangsu],
    signatories: [
      { personId: ids.kim, positionId: null, title: "Governor of Gyeonggi Province", role: "SIGNATORY" },
      { personId: ids.xin, positionId: null, title: "Party Secretary of Jiangsu", role: "SIGNATORY" },
    ],
    fields: ["semiconductors", "tourism"],
    citations: {
      kind: cites('signed the "Sisterhood Agreement'),
      signedOn: cites("On May 19", "2024-05-19"),
      parties: cites("between Gyeonggi Province and Jiangsu Province"),
      tieKind: uncited(),
    },
    ...overrides,
  };
}

async function proposeAndApprove(values: AgreementFormValues, agreementId?: string) {
  const proposed = await proposeAgreement(editor, values, { agreementId }, true);
  if (!proposed.ok) throw new Error(JSON.stringify(proposed));
  const changeId = proposed.data!.id;
  const approved = await approveChange(reviewer, changeId, "all", { seenRevision: 1 });
  return { changeId, approved };
}

const childrenOf = (agreementId: string) =>
  Promise.all([
    prisma.agreementParty.findMany({ where: { agreementId }, orderBy: { id: "asc" } }),
    prisma.agreementSignatory.findMany({ where: { agreementId }, orderBy: { id: "asc" } }),
    prisma.cooperationField.findMany({ where: { agreementId }, orderBy: { id: "asc" } }),
  ]);

describe("an agreement through review", () => {
  let agreementId = "";

  it("is published on approval with its parties, signatories, fields and the passages for its key claims", async () => {
    const values = agreement();
    const { approved } = await proposeAndApprove(values);
    expect(approved.ok).toBe(true);
    const created = await prisma.agreement.findFirstOrThrow({ where: { title: values.title } });
    agreementId = created.id;
    expect(created).toMatchObject({
      slug: "sisterhood-agreement-between-gyeonggi-province-and-jiangsu-province",
      kind: "SISTERHOOD_AGREEMENT",
      signedOn: "2024-05-19",
      venue: "Dodamso, Suwon",
      venuePlaceId: ids.gyeonggi,
      version: 1,
    });
    const [parties, signatories, fields] = await childrenOf(agreementId);
    expect(parties.map((p) => p.placeId)).toEqual([ids.gyeonggi, ids.jiangsu]);
    expect(signatories.map((s) => [s.personId, s.title])).toEqual([
      [ids.kim, "Governor of Gyeonggi Province"],
      [ids.xin, "Party Secretary of Jiangsu"],
    ]);
    expect(fields.map((f) => f.name)).toEqual(["semiconductors", "tourism"]);
    const citations = await prisma.citation.findMany({
      where: { recordType: "AGREEMENT", recordId: agreementId },
      orderBy: { field: "asc" },
    });
    expect(citations.map((c) => [c.field, c.assertedValue])).toEqual([
      ["kind", null],
      ["parties", null],
      ["signedOn", "2024-05-19"],
    ]);
    const { citations: _citations, tieEvent: _tieEvent, ...content } = agreementFormSchema.parse(values);
    expect((await getAgreementForEditing(agreementId))?.content).toEqual(content);
  });

  it("keeps the rows (and the citations) of unchanged parties, signatories and fields on an edit, and replaces the rest", async () => {
    const [[gyeonggi, jiangsu], [kim, xin], [semiconductors]] = await childrenOf(agreementId);
    const onXin = await prisma.citation.create({
      data: { recordType: "AGREEMENT_SIGNATORY", recordId: xin.id, field: "exists", sourceId, quote: "the two leaders" },
    });
    const edited = agreement({
      parties: [ids.jiangsu, ids.gyeonggi, ids.fao],
      signatories: [
        { personId: ids.kim, positionId: null, title: "Governor of Gyeonggi Province", role: "SIGNATORY" },
        { personId: ids.xin, positionId: null, title: "Party Secretary of the Jiangsu Provincial Committee", role: "SIGNATORY" },
      ],
      fields: ["semiconductors", "new energy"],
      citations: uncitedAgreement(),
    });
    expect((await proposeAndApprove(edited, agreementId)).approved.ok).toBe(true);
    const [parties, signatories, fields] = await childrenOf(agreementId);
    expect(parties.map((p) => [p.id === gyeonggi.id || p.id === jiangsu.id, p.placeId ?? p.organisationId])).toEqual([
      [true, ids.gyeonggi],
      [true, ids.jiangsu],
      [false, ids.fao],
    ]);
    expect(signatories[0].id).toBe(kim.id);
    expect(signatories.map((s) => s.id)).not.toContain(xin.id);
    expect(fields.map((f) => [f.id === semiconductors.id, f.name])).toEqual([
      [true, "semiconductors"],
      [false, "new energy"],
    ]);
    expect((await prisma.citation.findUniqueOrThrow({ where: { id: onXin.id } })).retiredAt).not.toBeNull();
    expect(await prisma.agreement.findUniqueOrThrow({ where: { id: agreementId } })).toMatchObject({ version: 2 });
  });

  it("refuses approval while its kind, date and parties are uncited, listing them", async () => {
    const values = agreement({ title: "Memorandum on youth exchanges", citations: uncitedAgreement() });
    const proposed = await proposeAgreement(editor, values, {}, true);
    const approved = await approveChange(reviewer, proposed.ok ? proposed.data!.id : "", "all", { seenRevision: 1 });
    expect(approved).toEqual({ ok: false, formError: expect.stringContaining("Cite these key claims") });
    expect(approved.ok === false && approved.formError).toMatch(/Kind of agreement.*Date signed.*Parties/);
    expect(await prisma.agreement.count({ where: { title: values.title } })).toBe(0);
  });

  it("records who witnessed apart from who signed, and the visit and event it was signed at", async () => {
    const values = agreement({
      title: "Memorandum signed at the promotion",
      delegationId: ids.delegation,
      eventId: ids.event,
      signatories: [
        { personId: ids.xin, positionId: null, title: "Party Secretary of Jiangsu", role: "SIGNATORY" },
        { personId: ids.kim, positionId: null, title: "Governor of Gyeonggi Province", role: "WITNESS" },
      ],
    });
    expect((await proposeAndApprove(values)).approved.ok).toBe(true);
    const created = await prisma.agreement.findFirstOrThrow({ where: { title: values.title }, include: { signatories: true } });
    expect(created).toMatchObject({ delegationId: ids.delegation, eventId: ids.event });
    expect(created.signatories.map((s) => [s.personId, s.role])).toEqual([
      [ids.xin, "SIGNATORY"],
      [ids.kim, "WITNESS"],
    ]);
    const content = (await getAgreementForEditing(created.id))!.content;
    expect(content.signatories.map((s) => s.role)).toEqual(["SIGNATORY", "WITNESS"]);
  });

  it("names signatories and witnesses readably for the review diff", async () => {
    const {
      citations: _c,
      tieEvent: _t,
      ...content
    } = agreement({
      signatories: [
        { personId: ids.kim, positionId: null, title: "Governor of Gyeonggi Province", role: "SIGNATORY" },
        { personId: ids.xin, positionId: null, title: "", role: "WITNESS" },
      ],
      delegationId: ids.delegation,
    });
    const names = await agreementRecord.referenceNames(prisma, [content]);
    expect(content.signatories.map((s) => names[JSON.stringify(s)])).toEqual([
      "Kim Dong-yeon, Governor of Gyeonggi Province (signed)",
      "Xin Changxing (witnessed)",
    ]);
    expect(names[ids.delegation]).toBe("Jiangsu delegation to Korea");
  });

  it("refuses a visit or an event that is not published, at its field", async () => {
    await prisma.event.update({ where: { id: ids.event }, data: { retiredAt: new Date() } });
    const result = await proposeAgreement(editor, agreement({ delegationId: "nosuchvisit", eventId: ids.event }), {}, true);
    await prisma.event.update({ where: { id: ids.event }, data: { retiredAt: null } });
    expect(result).toEqual({
      ok: false,
      fieldErrors: { delegationId: expect.stringContaining("not published"), eventId: expect.stringContaining("not published") },
    });
  });

  it("reads a proposal saved before witnesses were recorded as all signatories", () => {
    const { citations: _c, tieEvent: _t, ...content } = agreement();
    const payload = { ...content, signatories: content.signatories.map(({ role: _role, ...s }) => s) };
    const item = { recordType: "AGREEMENT" as const, operation: "CREATE" as const, ref: "agreement", recordId: null, payload };
    expect(agreementProposalFrom([item])?.values.signatories.map((s) => s.role)).toEqual(["SIGNATORY", "SIGNATORY"]);
  });

  it("keeps how the source writes the date and what was inferred, on the citation, through review", async () => {
    const signedOn = { ...cites("On May 19", "2024-05-19"), notation: "May 19", inferredReason: "year inferred from the article's date" };
    const values = agreement({ title: "Memorandum dated by month and day", citations: { ...agreement().citations, signedOn } });
    const proposed = await proposeAgreement(editor, values, {}, false);
    const items = await prisma.changeItem.findMany({ where: { changeRequestId: proposed.ok ? proposed.data!.id : "" } });
    expect(agreementProposalFrom(items)?.values.citations.signedOn).toEqual(signedOn);
    expect((await proposeAndApprove(values)).approved.ok).toBe(true);
    const created = await prisma.agreement.findFirstOrThrow({ where: { title: values.title } });
    expect(await prisma.citation.findFirstOrThrow({ where: { recordId: created.id, field: "signedOn" } })).toMatchObject({
      assertedValue: "2024-05-19",
      notation: "May 19",
      inferredReason: "year inferred from the article's date",
    });
  });

  it("refuses a party that is not published, at its row", async () => {
    const result = await proposeAgreement(editor, agreement({ parties: [ids.gyeonggi, "nosuchrecord"] }), {}, true);
    expect(result).toEqual({ ok: false, fieldErrors: { "parties.1": expect.stringContaining("not published") } });
  });
});

describe("the tie event proposed with an agreement", () => {
  it("creates the tie and its event, pointing at the agreement, when the two places have no tie", async () => {
    const values = agreement({
      title: "Friendship agreement of Seoul and Jiangsu",
      parties: [ids.seoul, ids.jiangsu],
      tieEvent: { type: "ESTABLISHED", kind: "FRIENDSHIP", term: "friendship" },
      citations: { ...agreement().citations, tieKind: cites("sisterhood relationship", "FRIENDSHIP") },
    });
    const { changeId, approved } = await proposeAndApprove(values);
    expect(approved.ok).toBe(true);
    const created = await prisma.agreement.findFirstOrThrow({ where: { title: values.title } });
    const event = await prisma.tieEvent.findFirstOrThrow({ where: { agreementId: created.id }, include: { tie: true } });
    expect(event).toMatchObject({ type: "ESTABLISHED", kind: "FRIENDSHIP", occurredOn: "2024-05-19", term: "friendship" });
    expect(event.tie).toMatchObject({ kind: "FRIENDSHIP", establishedOn: "2024-05-19" });
    const cited = await prisma.citation.findMany({ where: { recordType: "TIE_EVENT", recordId: event.id }, orderBy: { field: "asc" } });
    expect(cited.map((c) => c.field)).toEqual(["kind", "occurredOn"]);
    const items = await prisma.changeItem.findMany({ where: { changeRequestId: changeId }, orderBy: { sequence: "asc" } });
    expect(items.map((i) => i.recordType)).toEqual(["AGREEMENT", "TIE", "TIE_EVENT", ...Array(5).fill("CITATION")]);
  });

  it("adds the event to the tie the places already have", async () => {
    const tie = await prisma.tie.findFirstOrThrow({ where: { events: { some: { kind: "FRIENDSHIP" } } } });
    const values = agreement({
      title: "Upgrade of Seoul and Jiangsu",
      signedOn: "",
      parties: [ids.jiangsu, ids.seoul],
      tieEvent: { type: "UPGRADE", kind: "SISTER", term: "sisterhood" },
      citations: { ...agreement().citations, signedOn: uncited(), tieKind: cites("sisterhood relationship", "SISTER") },
    });
    expect((await proposeAndApprove(values)).approved.ok).toBe(true);
    const created = await prisma.agreement.findFirstOrThrow({ where: { title: values.title } });
    expect(await prisma.tieEvent.findFirstOrThrow({ where: { agreementId: created.id } })).toMatchObject({
      tieId: tie.id,
      type: "UPGRADE",
    });
    expect(await prisma.tie.findUniqueOrThrow({ where: { id: tie.id } })).toMatchObject({ kind: "SISTER" });
  });

  it("is refused unless both parties are places", async () => {
    const values = agreement({ parties: [ids.seoul, ids.fao], tieEvent: { type: "ESTABLISHED", kind: null, term: "" } });
    expect(await proposeAgreement(editor, values, {}, true)).toEqual({
      ok: false,
      fieldErrors: { "tieEvent.type": expect.stringContaining("both places") },
    });
  });
});

describe("revising a returned agreement", () => {
  it("reads the change back into the form, tie event and passages included, and saves the revision in its place", async () => {
    const values = agreement({
      title: "Memorandum of Seoul and Gyeonggi",
      kind: "MEMORANDUM_OF_UNDERSTANDING",
      parties: [ids.seoul, ids.gyeonggi],
      tieEvent: { type: "ESTABLISHED", kind: "FRIENDSHIP_EXCHANGE", term: "" },
      citations: { ...agreement().citations, tieKind: cites("sisterhood relationship") },
    });
    const proposed = await proposeAgreement(editor, values, {}, true);
    const changeId = proposed.ok ? proposed.data!.id : "";
    expect((await returnChange(reviewer, changeId, { seenRevision: 1, comment: "Which memorandum?" })).ok).toBe(true);
    const items = await prisma.changeItem.findMany({ where: { changeRequestId: changeId }, orderBy: { sequence: "asc" } });
    const read = agreementProposalFrom(items);
    expect(read).toEqual({ values: agreementFormSchema.parse(values), agreementId: undefined });

    const revised = { ...read!.values, summary: "On youth exchanges." };
    expect(await proposeAgreement(editor, revised, { changeId }, true)).toEqual({ ok: true, data: { id: changeId } });
    const again = await prisma.changeItem.findMany({ where: { changeRequestId: changeId }, orderBy: { sequence: "asc" } });
    expect(agreementProposalFrom(again)?.values).toEqual(agreementFormSchema.parse(revised));
    expect(await prisma.changeRequest.findUniqueOrThrow({ where: { id: changeId } })).toMatchObject({ status: "SUBMITTED", revision: 2 });
  });

  it("refuses to read a change holding more than the form shows", () => {
    const payload = agreementFormSchema.parse(agreement());
    const item = { recordType: "AGREEMENT" as const, operation: "CREATE" as const, ref: "agreement", recordId: null, payload };
    expect(agreementProposalFrom([item, { ...item, ref: "other" }])).toBeNull();
    expect(agreementProposalFrom([item, { ...item, recordType: "PLACE" as const }])).toBeNull();
  });
});

describe("a seeded agreement", () => {
  // As prisma/seed.ts writes the Gyeonggi–Jiangsu agreement: rows written directly, a
  // year-only date, a linked visit and a signatory's Position record.
  it("opens in the edit form and round-trips unchanged", async () => {
    const seeded = await prisma.agreement.create({
      data: {
        slug: "gyeonggi-jiangsu-sisterhood-agreement",
        title: "Sisterhood Agreement between Gyeonggi Province and Jiangsu Province",
        kind: "SISTERHOOD_AGREEMENT",
        signedOn: "2024",
        venue: "Dodamso (former gubernatorial residence), Suwon",
        venuePlaceId: ids.gyeonggi,
        delegationId: ids.delegation,
        summary: "Raises the 2011 friendly-exchange relationship to full sisterhood.",
        parties: { create: [{ placeId: ids.gyeonggi }, { placeId: ids.jiangsu }] },
        signatories: {
          create: [
            { personId: ids.kim, positionId: ids.kimGovernor, title: "Governor of Gyeonggi Province" },
            { personId: ids.xin, title: "Party Secretary of Jiangsu" },
          ],
        },
        fields: { create: ["semiconductors", "new energy", "auto parts", "tourism", "culture", "education"].map((name) => ({ name })) },
      },
    });
    const [partiesBefore, signatoriesBefore, fieldsBefore] = await childrenOf(seeded.id);
    const loaded = await getAgreementForEditing(seeded.id);
    const form = agreementFormSchema.parse({ ...loaded!.content, citations: uncitedAgreement(), tieEvent: null });
    const { citations: _citations, tieEvent: _tieEvent, ...content } = form;
    expect(content).toEqual(loaded!.content);
    expect(content).toMatchObject({ signedOn: "2024", delegationId: ids.delegation, eventId: null });
    expect(content.signatories[0]).toEqual({
      personId: ids.kim,
      positionId: ids.kimGovernor,
      title: "Governor of Gyeonggi Province",
      role: "SIGNATORY",
    });

    expect(await proposeAgreement(editor, form, { agreementId: seeded.id, baseVersion: 1 }, true)).toEqual({
      ok: false,
      formError: expect.stringContaining("Nothing has changed"),
    });
    // Applied as it stands (a reviewer approving a same-valued edit), nothing moves either.
    await prisma.$transaction((tx) => agreementRecord.update(tx, seeded.id, content));
    expect(await childrenOf(seeded.id)).toEqual([partiesBefore, signatoriesBefore, fieldsBefore]);
    expect((await getAgreementForEditing(seeded.id))?.content).toEqual(loaded!.content);
  });
});
