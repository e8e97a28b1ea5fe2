import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { getPersonForm, listPeopleForEditing, personFormFrom, proposePerson } from "@/lib/person";
import { approveChange } from "@/lib/change-review";
import { getChangeDetail } from "@/lib/change-detail";
import { findByName } from "@/lib/name-search";
import { emptyPersonForm, emptyPositionRow, type PersonForm } from "@/lib/person-schema";
import { newNameId } from "@/lib/name-schema";
import { uncited } from "@/lib/claim-citation-schema";

const editor = { id: "", role: "EDITOR" as const };
const reviewer = { id: "", role: "REVIEWER" as const };
let sourceId = "";
let jiangsuId = "";

// The Jiangsu article's own wording: the leader's name, and the variant it printed once.
const snapshot =
  "Xin Changxing, Party Secretary of Jiangsu Province since 2021, met the delegation. " +
  "The programme listed him as Noboru Changxing. 信长星 later saw them off.";

beforeAll(async () => {
  editor.id = (await createTestUser("EDITOR", "editor")).id;
  reviewer.id = (await createTestUser("REVIEWER", "reviewer")).id;
  sourceId = (await prisma.source.create({ data: { title: "Jiangsu article", snapshot, snapshotHash: "h" } })).id;
  jiangsuId = (await prisma.place.create({ data: { slug: "jiangsu-p", name: "Jiangsu", country: "CN", level: "PROVINCE" } })).id;
});

const cite = (quote: string) => ({ ...uncited(), sourceId, quote });

function xinChangxing(): PersonForm {
  return {
    ...emptyPersonForm(),
    name: "Xin Changxing",
    names: [
      { id: newNameId(), text: "信长星", lang: "zh-Hans", kind: "NATIVE", citation: cite("信长星") },
      { id: newNameId(), text: "Noboru Changxing", lang: "en", kind: "VARIANT", citation: cite("Noboru Changxing") },
    ],
    existsCitation: cite("Xin Changxing, Party Secretary"),
    positions: [
      {
        ...emptyPositionRow(),
        title: "Party Secretary of Jiangsu Province",
        placeId: jiangsuId,
        startOn: "2021",
        titleCitation: cite("Party Secretary of Jiangsu Province"),
        periodCitation: cite("since 2021"),
      },
    ],
  };
}

async function approve(changeId: string) {
  const result = await approveChange(reviewer, changeId, "all", { seenRevision: 1 });
  expect(result).toMatchObject({ ok: true });
}

describe("entering a person", () => {
  it("publishes the person, their names and position in one approval, every claim cited", async () => {
    const form = xinChangxing();
    const result = await proposePerson(editor, form, {}, true);
    expect(result.ok).toBe(true);
    await approve(result.ok ? result.data!.id : "");

    const person = await prisma.person.findFirstOrThrow({ where: { name: "Xin Changxing" }, include: { names: true, positions: true } });
    expect(person.names.map((n) => n.id).sort()).toEqual(form.names.map((n) => n.id).sort());
    expect(person.positions).toMatchObject([
      { title: "Party Secretary of Jiangsu Province", placeId: jiangsuId, startOn: "2021", endOn: null },
    ]);
    const variant = form.names[1].id!;
    expect(await prisma.citation.findFirst({ where: { recordType: "NAME", recordId: variant } })).toMatchObject({
      quote: "Noboru Changxing",
    });
    const positionId = person.positions[0].id;
    const positionClaims = await prisma.citation.findMany({
      where: { recordType: "POSITION", recordId: positionId },
      select: { field: true },
    });
    expect(positionClaims.map((c) => c.field).sort()).toEqual(["startOn", "title"]);
    expect(await prisma.citation.count({ where: { recordType: "PERSON", recordId: person.id, field: "exists" } })).toBe(1);

    for (const query of ["Xin Changxing", "Changxing Xin", "Noboru Changxing", "信长星", "信長星"]) {
      const found = await findByName(prisma, query, { recordTypes: ["PERSON"] });
      expect(
        found.map((match) => match.recordId),
        query,
      ).toContain(person.id);
    }
  });

  it("keeps a cited name's row when the person is edited, and retires a name taken out", async () => {
    const form = xinChangxing();
    form.name = "Xin Changxing (2)";
    const created = await proposePerson(editor, form, {}, true);
    await approve(created.ok ? created.data!.id : "");
    const person = await prisma.person.findFirstOrThrow({ where: { name: "Xin Changxing (2)" } });

    const { form: editing, version } = (await getPersonForm(person.id))!;
    const [native, variant] = editing.names;
    const edited = { ...editing, names: [{ ...native, text: "信長星", lang: "zh-Hant" }] };
    const change = await proposePerson(editor, edited, { personId: person.id, baseVersion: version }, true);
    await approve(change.ok ? change.data!.id : "");

    const names = await prisma.name.findMany({ where: { personId: person.id } });
    expect(names.find((n) => n.id === native.id)).toMatchObject({ text: "信長星", retiredAt: null });
    expect(names.find((n) => n.id === variant.id)?.retiredAt).not.toBeNull();
    expect(await prisma.citation.findFirst({ where: { recordType: "NAME", recordId: native.id } })).toMatchObject({ quote: "信长星" });
  });

  it("reads a pending new person back into the form for its author to revise", async () => {
    const form = xinChangxing();
    form.name = "Xin Changxing (3)";
    const result = await proposePerson(editor, form, {}, false);
    const items = await prisma.changeItem.findMany({
      where: { changeRequestId: result.ok ? result.data!.id : "" },
      orderBy: { sequence: "asc" },
    });
    const read = await personFormFrom(items);
    expect(read?.form).toMatchObject({
      name: "Xin Changxing (3)",
      names: form.names.map(({ id, text, citation }) => ({ id, text, citation: { quote: citation.quote } })),
      existsCitation: { quote: "Xin Changxing, Party Secretary" },
      positions: [
        {
          title: "Party Secretary of Jiangsu Province",
          titleCitation: { quote: "Party Secretary of Jiangsu Province" },
          periodCitation: { quote: "since 2021" },
        },
      ],
    });
  });

  it("refuses a passage the source does not hold, at its field", async () => {
    const form = xinChangxing();
    form.positions[0].periodCitation = cite("since 1999");
    expect(await proposePerson(editor, form, {}, true)).toEqual({
      ok: false,
      fieldErrors: { "positions.0.periodCitation.quote": expect.any(String) },
    });
  });
});

describe("a new person one letter from a published one", () => {
  it("is shown to the reviewer as possibly the same, with the published person's page", async () => {
    const published = { ...emptyPersonForm(), name: "Ishiguro Kenhiko", names: [], existsCitation: cite("Xin Changxing, Party Secretary") };
    const first = await proposePerson(editor, published, {}, true);
    await approve(first.ok ? first.data!.id : "");
    const near = await proposePerson(editor, { ...published, name: "Ishiguro Kenihiko" }, {}, true);
    const detail = await getChangeDetail(reviewer, near.ok ? near.data!.id : "");
    expect(detail?.items.map((item) => item.possiblySame.map((record) => [record.title, record.path]))).toEqual([
      [["Ishiguro Kenhiko", "/people/ishiguro-kenhiko"]],
      [], // its citation
    ]);
  });
});

describe("the editors' list of people", () => {
  it("shows how many positions each listed person holds", async () => {
    const held = await prisma.person.create({
      data: { slug: "counted-held", name: "Counted Held", positions: { create: [{ title: "Mayor" }, { title: "Governor" }] } },
    });
    const none = await prisma.person.create({ data: { slug: "counted-none", name: "Counted None" } });
    const page = await listPeopleForEditing("", { direction: "after", key: ["Counted ", ""] });
    const counts = new Map(page.rows.map((row) => [row.id, row.positions]));
    expect([counts.get(held.id), counts.get(none.id)]).toEqual([2, 0]);
  });
});
