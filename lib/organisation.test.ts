import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { pageRequest } from "@/lib/keyset";
import { listOrganisationsForEditing, organisationProposalFrom, proposeOrganisation } from "@/lib/organisation";
import { approveChange, returnChange } from "@/lib/change-review";
import { findByName } from "@/lib/name-search";
import { emptyOrganisation, organisationFormSchema, type OrganisationFormValues } from "@/lib/organisation-schema";
import { newNameId } from "@/lib/name-schema";
import { uncited } from "@/lib/claim-citation-schema";

const editor = { id: "", role: "EDITOR" as const };
const reviewer = { id: "", role: "REVIEWER" as const };
let sourceId = "";
let suzhouId = "";

const SNAPSHOT =
  "The Jiangsu Provincial Foreign Affairs Office (江苏省人民政府外事办公室) received the delegation. " +
  "The Suzhou branch of the Korea Trade-Investment Promotion Agency opened in 2006.";

beforeAll(async () => {
  editor.id = (await createTestUser("EDITOR", "editor")).id;
  reviewer.id = (await createTestUser("REVIEWER", "reviewer")).id;
  suzhouId = (await prisma.place.create({ data: { slug: "suzhou", name: "Suzhou", country: "CN", level: "PREFECTURE_LEVEL_CITY" } })).id;
  sourceId = (await prisma.source.create({ data: { title: "Jiangsu news", snapshot: SNAPSHOT, snapshotHash: "h" } })).id;
});

const cites = (quote: string) => ({ sourceId, quote, startOffset: SNAPSHOT.indexOf(quote), assertedValue: "" });

function organisation(overrides: Partial<OrganisationFormValues> = {}): OrganisationFormValues {
  return {
    ...emptyOrganisation(),
    name: "Jiangsu Provincial Foreign Affairs Office",
    names: [{ id: newNameId(), text: "江苏省人民政府外事办公室", lang: "zh-Hans", kind: "NATIVE" }],
    existsCitation: cites("The Jiangsu Provincial Foreign Affairs Office"),
    ...overrides,
  };
}

async function proposeAndApprove(values: OrganisationFormValues, organisationId?: string) {
  const proposed = await proposeOrganisation(editor, values, { organisationId }, true);
  if (!proposed.ok) throw new Error(JSON.stringify(proposed));
  const changeId = proposed.data!.id;
  const approved = await approveChange(reviewer, changeId, "all", { seenRevision: 1 });
  return { changeId, approved };
}

describe("an organisation through review", () => {
  let organisationId = "";

  it("is created on approval with its names and the passage that shows it exists", async () => {
    const values = organisation();
    const { approved } = await proposeAndApprove(values);
    expect(approved.ok).toBe(true);
    const created = await prisma.organisation.findFirstOrThrow({ where: { name: values.name }, include: { names: true } });
    organisationId = created.id;
    expect(created).toMatchObject({ kind: "GOVERNMENT", country: "CN", slug: "jiangsu-provincial-foreign-affairs-office", version: 1 });
    expect(created.names).toEqual([
      expect.objectContaining({ id: values.names[0].id, text: "江苏省人民政府外事办公室", isPreferred: true }),
    ]);
    const citation = await prisma.citation.findFirstOrThrow({ where: { recordType: "ORGANISATION", recordId: created.id } });
    expect(citation).toMatchObject({ field: "exists", sourceId, quote: "The Jiangsu Provincial Foreign Affairs Office", startOffset: 0 });
    expect((await findByName(prisma, "江苏省人民政府外事")).map((match) => match.recordId)).toEqual([created.id]);
  });

  it("keeps a cited name's row when it is edited, and retires the name taken out", async () => {
    const published = await prisma.organisation.findUniqueOrThrow({ where: { id: organisationId }, include: { names: true } });
    const [native] = published.names;
    await prisma.citation.create({
      data: { recordType: "NAME", recordId: native.id, field: "text", sourceId, quote: "江苏省人民政府外事办公室" },
    });
    const alias = { id: newNameId(), text: "Jiangsu FAO", lang: "en", kind: "ALIAS" as const };
    const kept = { id: native.id, text: native.text, lang: native.lang, kind: native.kind };
    const edited = organisation({ summary: "Handles the province's ties abroad.", names: [alias, kept], existsCitation: uncited() });
    expect((await proposeAndApprove(edited, organisationId)).approved.ok).toBe(true);
    const names = await prisma.name.findMany({ where: { organisationId }, orderBy: { createdAt: "asc" } });
    expect(names.map((n) => [n.id, n.text, n.retiredAt])).toEqual([
      [native.id, "江苏省人民政府外事办公室", null],
      [alias.id, "Jiangsu FAO", null],
    ]);
    expect(await prisma.organisation.findUniqueOrThrow({ where: { id: organisationId } })).toMatchObject({ version: 2 });

    const without = organisation({ ...edited, names: [alias] });
    expect((await proposeAndApprove(without, organisationId)).approved.ok).toBe(true);
    expect((await prisma.name.findUniqueOrThrow({ where: { id: native.id } })).retiredAt).not.toBeNull();
    expect(await prisma.citation.count({ where: { recordType: "NAME", recordId: native.id } })).toBe(1);
  });

  it("is listed for editors by any name it has now, and in the A–Z list", async () => {
    const found = await listOrganisationsForEditing("jiangsu fa", null);
    expect(found.rows.map((row) => row.id)).toEqual([organisationId]);
    expect((await listOrganisationsForEditing("江苏省人民政府", null)).rows).toEqual([]);
    const listed: string[] = [];
    for (let page = await listOrganisationsForEditing(" ", null); ;) {
      listed.push(...page.rows.map((row) => row.id));
      if (!page.next) break;
      page = await listOrganisationsForEditing(" ", pageRequest({ after: page.next }));
    }
    expect(listed).toContain(organisationId);
  });

  it("points out an organisation already recorded under that name, at the name field", async () => {
    const result = await proposeOrganisation(editor, organisation({ name: "jiangsu provincial foreign-affairs office" }), {}, true);
    expect(result).toEqual({
      ok: false,
      fieldErrors: { name: expect.stringContaining("/organisations/jiangsu-provincial-foreign-affairs-office") },
    });
  });

  it("refuses being its own parent or ancestor, at the parent field", async () => {
    const result = await proposeOrganisation(editor, organisation({ parentId: organisationId }), { organisationId }, true);
    expect(result).toEqual({ ok: false, fieldErrors: { parentId: "An organisation cannot be part of itself." } });
    const bureau = await prisma.organisation.create({
      data: { slug: "bureau", name: "Bureau", kind: "GOVERNMENT", parentId: organisationId },
    });
    const loop = await proposeOrganisation(editor, organisation({ parentId: bureau.id }), { organisationId }, true);
    expect(loop).toEqual({ ok: false, fieldErrors: { parentId: "An organisation cannot be part of itself." } });
  });
});

describe("refusals", () => {
  it("refuses the approval of an organisation whose parent was retired meanwhile", async () => {
    const parent = await prisma.organisation.create({ data: { slug: "kotra", name: "KOTRA", kind: "GOVERNMENT", country: "KR" } });
    const values = organisation({
      name: "KOTRA Suzhou",
      country: "CN",
      placeId: suzhouId,
      parentId: parent.id,
      names: [],
      existsCitation: cites("The Suzhou branch of the Korea Trade-Investment Promotion Agency"),
    });
    const proposed = await proposeOrganisation(editor, values, {}, true);
    expect(proposed.ok).toBe(true);
    await prisma.organisation.update({ where: { id: parent.id }, data: { retiredAt: new Date() } });
    const approved = await approveChange(reviewer, proposed.ok ? proposed.data!.id : "", "all", { seenRevision: 1 });
    expect(approved).toEqual({
      ok: false,
      formError: "KOTRA Suzhou: The organisation it is part of is no longer published; choose another.",
    });
    expect(await prisma.organisation.count({ where: { name: "KOTRA Suzhou" } })).toBe(0);
  });

  it("refuses an existence passage the source does not hold, at its field, and stores nothing", async () => {
    const before = await prisma.changeRequest.count();
    const result = await proposeOrganisation(
      editor,
      organisation({ name: "Gyeonggi Province Office", existsCitation: cites("no such words") }),
      {},
      true,
    );
    expect(result).toEqual({ ok: false, fieldErrors: { "existsCitation.quote": expect.stringContaining("not in the source") } });
    expect(await prisma.changeRequest.count()).toBe(before);
  });

  it("cannot approve a new organisation without a passage for its existence", async () => {
    const values = organisation({ name: "Gyeonggi Province Office", names: [], existsCitation: uncited() });
    const proposed = await proposeOrganisation(editor, values, {}, true);
    const approved = await approveChange(reviewer, proposed.ok ? proposed.data!.id : "", "all", { seenRevision: 1 });
    expect(approved).toEqual({ ok: false, formError: expect.stringContaining("Cite these key claims") });
  });
});

describe("revising a returned organisation", () => {
  it("reads the change back into the form and saves the revision in its place", async () => {
    const values = organisation({ name: "Suzhou Foreign Affairs Office", placeId: suzhouId, names: [] });
    const proposed = await proposeOrganisation(editor, values, {}, true);
    const changeId = proposed.ok ? proposed.data!.id : "";
    expect((await returnChange(reviewer, changeId, { seenRevision: 1, comment: "Say which city" })).ok).toBe(true);
    const items = await prisma.changeItem.findMany({ where: { changeRequestId: changeId }, orderBy: { sequence: "asc" } });
    const read = organisationProposalFrom(items);
    expect(read).toEqual({ values: organisationFormSchema.parse(values), organisationId: undefined });

    const revised = { ...read!.values, summary: "In Suzhou." };
    expect(await proposeOrganisation(editor, revised, { changeId }, true)).toEqual({ ok: true, data: { id: changeId } });
    const again = await prisma.changeItem.findMany({ where: { changeRequestId: changeId }, orderBy: { sequence: "asc" } });
    expect(organisationProposalFrom(again)?.values.summary).toBe("In Suzhou.");
    expect(await prisma.changeRequest.findUniqueOrThrow({ where: { id: changeId } })).toMatchObject({ status: "SUBMITTED", revision: 2 });
  });

  it("refuses to read a change holding more than the form shows", () => {
    const payload = organisationFormSchema.parse(organisation());
    const item = { recordType: "ORGANISATION" as const, operation: "CREATE" as const, ref: "organisation", recordId: null, payload };
    expect(organisationProposalFrom([item, { ...item, ref: "other" }])).toBeNull();
    expect(organisationProposalFrom([{ ...item, recordType: "PLACE" as const }])).toBeNull();
  });
});
