import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { approveChange } from "@/lib/change-review";
import { prepareIntake, readSourceAsArticle, submitIntake } from "@/lib/intake";
import type { IntakeArticle, IntakeInput } from "@/lib/intake-schema";
import { snapshotHash } from "@/lib/source-text";

const editor = { id: "", role: "EDITOR" as const };
const colleague = { id: "", role: "EDITOR" as const };
const reviewer = { id: "", role: "REVIEWER" as const };

// Written for this test: a report whose source was registered with two of its passages only,
// the way the demo data keeps excerpts ("…" marks a cut).
const paragraphs = [
  "Wujin District Welcomes a Delegation from Gyeryong City",
  "On October 14, Choi Yoon-seo, Mayor of Gyeryong City, led a delegation to Wujin District in China.",
  "Wujin District and Gyeryong City became friendship cities in 2016.",
  "The two sides discussed exchanges in education and tourism.",
];
const excerpts = [paragraphs[1], paragraphs[2]].join("\n…\n");
const quoted = "Gyeryong City became friendship cities in 2016";

const pasted = (snapshot: string): IntakeArticle => ({ sourceId: "", snapshot, url: "", lang: "en", title: "", publishedOn: "2025-10-20" });

let sourceId = "";
let citationId = "";

beforeAll(async () => {
  editor.id = (await createTestUser("EDITOR", "editor")).id;
  colleague.id = (await createTestUser("EDITOR", "colleague")).id;
  reviewer.id = (await createTestUser("REVIEWER", "reviewer")).id;
  const source = await prisma.source.create({
    data: { title: "Gyeryong visit (excerpts)", lang: "en", snapshot: excerpts, snapshotHash: snapshotHash(excerpts) },
  });
  sourceId = source.id;
  const place = await prisma.place.create({ data: { slug: "is-gyeryong", name: "Gyeryong City", country: "KR", level: "CITY" } });
  const start = excerpts.indexOf(quoted);
  const citation = await prisma.citation.create({
    data: {
      recordType: "PLACE",
      recordId: place.id,
      field: "exists",
      sourceId,
      quote: quoted,
      prefix: excerpts.slice(start - 32, start),
      suffix: excerpts.slice(start + quoted.length),
      startOffset: start,
      endOffset: start + quoted.length,
    },
  });
  citationId = citation.id;
});

// The analysis's draft, with the countries of the new places chosen.
async function decided(article: IntakeArticle, countries: Record<string, string>): Promise<IntakeInput> {
  const draft = await prepareIntake(editor, article);
  if (!draft.ok) throw new Error(draft.formError);
  for (const [name, country] of Object.entries(countries)) draft.data.form.entities.find((e) => e.name === name)!.country = country;
  return draft.data.form;
}

describe("an article whose source is registered with part of its text", () => {
  it("is recognised when pasted whole, and the change gives the source the full text before citing it", async () => {
    const full = paragraphs.join("\n\n");
    const draft = await prepareIntake(editor, pasted(full));
    expect(draft).toMatchObject({ ok: true, data: { registered: { title: "Gyeryong visit (excerpts)", isFuller: true } } });
    const form = await decided(pasted(full), { "Wujin District": "CN" });
    expect(form.sourceId).toBe(sourceId);

    const saved = await submitIntake(editor, form);
    const changeId = saved.ok ? saved.data!.id : "";
    const items = await prisma.changeItem.findMany({ where: { changeRequestId: changeId }, orderBy: { sequence: "asc" } });
    expect(items[0]).toMatchObject({ recordType: "SOURCE", operation: "UPDATE", recordId: sourceId });
    expect(items.some((item) => item.recordType === "SOURCE" && item.operation === "CREATE")).toBe(false);
    expect(await approveChange(reviewer, changeId, "all", { seenRevision: 1 })).toMatchObject({ ok: true });

    const source = await prisma.source.findUniqueOrThrow({ where: { id: sourceId } });
    expect(source.snapshot).toBe(full);
    expect(await prisma.source.count({ where: { title: "Gyeryong visit (excerpts)" } })).toBe(1);
    // The citation made on the excerpts still points at its words in the full text.
    const kept = await prisma.citation.findUniqueOrThrow({ where: { id: citationId } });
    expect(kept.orphanedAt).toBeNull();
    expect(full.slice(kept.startOffset!, kept.endOffset!)).toBe(quoted);
    const wujin = await prisma.place.findFirstOrThrow({ where: { name: "Wujin District" } });
    const [exists] = await prisma.citation.findMany({ where: { recordType: "PLACE", recordId: wujin.id } });
    expect(exists).toMatchObject({ sourceId });
    expect(full.slice(exists.startOffset!, exists.endOffset!)).toBe(exists.quote);
  });

  it("is read from its stored text when the editor picks it instead of pasting", async () => {
    const picked = await readSourceAsArticle(editor, sourceId);
    expect(picked).toMatchObject({ ok: true, data: { sourceId, title: "Gyeryong visit (excerpts)" } });
    const draft = await prepareIntake(editor, picked.ok ? picked.data! : pasted(""));
    expect(draft).toMatchObject({ ok: true, data: { registered: { isFuller: false }, form: { sourceId } } });
  });

  it("is not mistaken for another article that shares a sentence with it", async () => {
    const other = [paragraphs[2], "Gyeryong City also signed a memorandum with a city in Japan on the same day."].join("\n");
    const draft = await prepareIntake(editor, pasted(other));
    expect(draft).toMatchObject({ ok: true, data: { registered: null, form: { sourceId: "" } } });
  });
});

describe("an article pasted again while its first reading waits for review", () => {
  const text = [
    "Jiangning District and Yeongam County Mark Friendship",
    "Jiangning District and Yeongam County became friendship cities in 2009.",
  ].join("\n");

  it("names the change holding it, and opens it for its own author only", async () => {
    const form = await decided(pasted(text), { "Jiangning District": "CN", "Yeongam County": "KR" });
    const saved = await submitIntake(editor, form);
    expect(saved.ok).toBe(true);
    const changeId = saved.ok ? saved.data!.id : "";

    const again = await prepareIntake(editor, pasted(text));
    expect(again).toEqual({ ok: false, formError: expect.stringContaining("waiting for review"), heldBy: changeId });
    const byColleague = await prepareIntake(colleague, pasted(text));
    expect(byColleague).toMatchObject({ ok: false, formError: expect.stringContaining("waiting for review") });
    expect(byColleague).not.toHaveProperty("heldBy", changeId);
  });
});

describe("a registered source whose fuller text waits for review in a change", () => {
  const full = [
    "Xishan District Hosts Students from Hwasun County",
    "On July 3, forty students from Hwasun County arrived in Xishan District for a summer camp.",
    "Xishan District and Hwasun County became friendship cities in 2018.",
  ].join("\n");

  it("is read again, cited as the same source, rather than refused", async () => {
    const stored = full.split("\n").slice(1).join("\n…\n");
    const source = await prisma.source.create({
      data: { title: "Summer camp (excerpts)", snapshot: stored, snapshotHash: snapshotHash(stored) },
    });
    const first = await submitIntake(editor, await decided(pasted(full), { "Xishan District": "CN", "Hwasun County": "KR" }));
    expect(first.ok).toBe(true);

    const again = await prepareIntake(colleague, pasted(full));
    expect(again).toMatchObject({ ok: true, data: { registered: { isFuller: true }, form: { sourceId: source.id } } });
  });
});
