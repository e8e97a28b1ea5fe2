import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { approveChange } from "@/lib/change-review";
import { prepareIntake, submitIntake } from "@/lib/intake";
import type { IntakeArticle, IntakeInput } from "@/lib/intake-schema";

const editor = { id: "", role: "EDITOR" as const };
const reviewer = { id: "", role: "REVIEWER" as const };
let koreaId = "";

// Written for this test: no gold file or demo record knows these places or people.
const article: IntakeArticle = {
  sourceId: "",
  snapshot: [
    "Yuhang District and Jecheon City Renew Friendship Ties",
    "On May 12, Zhou Lan, Deputy Mayor of Yuhang District, led a delegation to Jecheon City in South Korea. She met Park Soo-ah, Mayor of Jecheon City, at the Jecheon Culture Hall.",
    "Yuhang District and Jecheon City became sister cities in 2011. 余杭区与堤川市于2011年结为友好城市。",
  ].join("\n"),
  url: "https://news.example/yuhang-jecheon",
  lang: "en",
  title: "",
  publishedOn: "2025-06-01",
};

beforeAll(async () => {
  editor.id = (await prisma.user.create({ data: { email: "in-e@test", name: "E", passwordHash: "x", role: "EDITOR" } })).id;
  reviewer.id = (await prisma.user.create({ data: { email: "in-r@test", name: "R", passwordHash: "x", role: "REVIEWER" } })).id;
  koreaId = (await prisma.place.create({ data: { slug: "in-korea", name: "South Korea", country: "KR", level: "COUNTRY" } })).id;
});

// The editor's decisions: the analysis's draft, with the countries chosen and the Chinese
// spellings kept as other names of the English ones.
async function decided(): Promise<IntakeInput> {
  const draft = await prepareIntake(editor, article);
  if (!draft.ok) throw new Error(draft.formError);
  const form = draft.data!.form;
  const byName = (name: string) => form.entities.find((e) => e.name === name || e.text === name)!;
  byName("Yuhang District").country = "CN";
  byName("Jecheon City").country = "KR";
  Object.assign(byName("余杭区"), { action: "alias", aliasOf: byName("Yuhang District").key });
  Object.assign(byName("堤川市"), { action: "alias", aliasOf: byName("Jecheon City").key });
  return form;
}

describe("an article read into one change", () => {
  it("links the names Amity knows and suggests the rest with their passages", async () => {
    const form = await decided();
    expect(form.article.title).toBe("Yuhang District and Jecheon City Renew Friendship Ties");
    expect(form.entities.find((e) => e.name === "South Korea")).toMatchObject({ action: "link", recordId: koreaId });
    expect(form.entities.find((e) => e.name === "Zhou Lan")).toMatchObject({ kind: "person", position: "Deputy Mayor of Yuhang District" });
    expect(form.ties.filter((t) => t.action === "create").map((t) => t.occurredOn)).toEqual(["2011", "2011"]);
  });

  it("is approved as one change: the source, places, people, positions and one tie, each cited to its sentence", async () => {
    const changesBefore = await prisma.changeRequest.count({ where: { authorId: editor.id } });
    const saved = await submitIntake(editor, await decided());
    expect(saved.ok).toBe(true);
    const changeId = saved.ok ? saved.data!.id : "";
    expect(await prisma.changeRequest.count({ where: { authorId: editor.id } })).toBe(changesBefore + 1);
    // The reviewer's approval refuses a change whose key claims are uncited (lib/citation-policy.ts).
    expect(await approveChange(reviewer, changeId, "all", { seenRevision: 1 })).toMatchObject({ ok: true });

    const source = await prisma.source.findFirstOrThrow({ where: { url: article.url } });
    const yuhang = await prisma.place.findFirstOrThrow({ where: { name: "Yuhang District" }, include: { names: true } });
    expect(yuhang).toMatchObject({ country: "CN", level: "DISTRICT" });
    expect(yuhang.names.map((n) => [n.text, n.lang, n.kind])).toEqual([["余杭区", "zh-Hans", "NATIVE"]]);
    const jecheon = await prisma.place.findFirstOrThrow({ where: { name: "Jecheon City" }, include: { names: true } });
    expect(jecheon.names.map((n) => n.kind)).toEqual(["VARIANT"]);

    const zhou = await prisma.person.findFirstOrThrow({ where: { name: "Zhou Lan" }, include: { positions: true } });
    expect(zhou.positions.map((p) => p.title)).toEqual(["Deputy Mayor of Yuhang District"]);
    const [existence] = await prisma.citation.findMany({ where: { recordType: "PERSON", recordId: zhou.id, field: "exists" } });
    expect(existence).toMatchObject({ sourceId: source.id, quote: "Zhou Lan, Deputy Mayor of Yuhang District" });
    expect(source.snapshot.slice(existence.startOffset!, existence.endOffset!)).toBe(existence.quote);

    const tie = await prisma.tie.findFirstOrThrow({
      where: { OR: [{ placeAId: yuhang.id }, { placeBId: yuhang.id }] },
      include: { events: true },
    });
    expect(tie).toMatchObject({ establishedOn: "2011" });
    expect(tie.events.map((e) => e.term).sort()).toEqual(["sister cities", "友好城市"]);
    const dated = await prisma.citation.findMany({ where: { recordType: "TIE_EVENT", field: "occurredOn", sourceId: source.id } });
    expect(dated.map((c) => c.notation).sort()).toEqual(["2011", "2011年"]);
  });

  it("reports a tie whose place was dropped at the tie, and stores nothing", async () => {
    const form = await decided();
    form.article.url = "https://news.example/dropped";
    form.entities.find((e) => e.name === "Jecheon City")!.action = "drop";
    const saved = await submitIntake(editor, form);
    expect(saved).toEqual({
      ok: false,
      fieldErrors: expect.objectContaining({ "ties.1.places": expect.stringContaining("Keep both places") }),
    });
    expect(await prisma.source.count({ where: { url: form.article.url } })).toBe(0);
  });
});
