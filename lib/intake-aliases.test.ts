import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { approveChange } from "@/lib/change-review";
import { saveProposal } from "@/lib/change-request";
import { getChangeDetail, type ItemReview } from "@/lib/change-detail";
import { prepareIntake, submitIntake } from "@/lib/intake";
import { hasSpellingOf } from "@/lib/intake-aliases";
import type { IntakeArticle, IntakeEntity, IntakeInput } from "@/lib/intake-schema";
import { newNameId } from "@/lib/name-schema";
import type { PlaceInput } from "@/lib/place-schema";
import { getPlaceProfile } from "@/lib/place-profile";
import { placeRecord } from "@/lib/place-record";

// Outside Next.js there is no cache scope for the profile's cacheTag().
vi.mock("next/cache", () => ({ cacheTag: vi.fn() }));

const editor = { id: "", role: "EDITOR" as const };
const colleague = { id: "", role: "EDITOR" as const };
const reviewer = { id: "", role: "REVIEWER" as const };

// Invented for these tests: a recorded Korean city, and the Chinese name and the older
// English spelling an article gives it.
type City = { name: string; native: string; chinese: string; older: string; slug: string };

async function recordCity(city: City) {
  return prisma.place.create({
    data: {
      slug: city.slug,
      name: city.name,
      country: "KR",
      level: "CITY",
      names: { create: [{ text: city.native, normalized: city.native, lang: "ko", kind: "NATIVE", isPreferred: true }] },
    },
  });
}

const articleAbout = (city: City): IntakeArticle => ({
  sourceId: "",
  snapshot: [
    `${city.name} Welcomes a Youth Choir`,
    `On April 2, a youth choir performed in ${city.name}, South Korea.`,
    `${city.chinese}与岚秀县于2015年结为友好城市。`,
    `The choir also sang in ${city.older}, as older maps call it.`,
  ].join("\n"),
  url: `https://news.example/${city.slug}`,
  lang: "en",
  title: "",
  publishedOn: "2025-04-10",
});

const isOtherName = (entity: IntakeEntity, city: City) => entity.text === city.chinese || entity.name === city.older;

// The editor keeps only the city, linked to its record, and the article's other names of
// it, each marked as another name of the city.
async function decided(city: City, cityId: string): Promise<IntakeInput> {
  const draft = await prepareIntake(editor, articleAbout(city));
  if (!draft.ok) throw new Error(draft.formError);
  const form = draft.data.form;
  const linked = form.entities.find((e) => e.name === city.name)!;
  expect(linked).toMatchObject({ action: "link", recordId: cityId });
  for (const entity of form.entities)
    if (entity !== linked) Object.assign(entity, isOtherName(entity, city) ? { action: "alias", aliasOf: linked.key } : { action: "drop" });
  for (const statement of [...form.ties, ...form.delegations, ...form.agreements]) statement.action = "drop";
  return form;
}

async function approve(changeId: string) {
  return approveChange(reviewer, changeId, "all", { seenRevision: 1 });
}

// A colleague's edit of the city, approved: the record moves on to its next version.
async function editedByColleague(cityId: string, edit: (content: PlaceInput) => PlaceInput) {
  const current = (await placeRecord.load(prisma, cityId))!;
  const item = { recordType: "PLACE" as const, operation: "UPDATE" as const, recordId: cityId, baseVersion: current.version };
  const saved = await saveProposal(colleague, { title: "Edit", items: [{ ...item, payload: edit(current.content) }], submit: true });
  expect(await approve(saved.ok ? saved.data!.id : "")).toMatchObject({ ok: true });
}

// The reviewer reads the edit as the names it adds, and each citation as the name it cites.
async function expectReviewShowsAddedNames(changeId: string, city: City) {
  const { items } = (await getChangeDetail(reviewer, changeId))!;
  const edit = items.find((item) => item.operation === "UPDATE")!;
  expect(edit.title).toBe(city.name);
  expect(edit.diff.filter((field) => field.isChanged).map((field) => field.field)).toEqual(["names"]);
  const names = edit.diff.find((field) => field.field === "names")!;
  expect((names.added as { text: string }[]).map((name) => name.text)).toEqual([city.chinese, city.older]);
  const proposed = (item: ItemReview, field: string) => item.diff.find((d) => d.field === field)?.after as string;
  const cited = items.filter((item) => item.label === "Citation" && proposed(item, "recordType") === "NAME");
  expect(cited.map((item) => item.names[proposed(item, "recordId")])).toEqual([
    `${city.chinese}, a name of ${city.name}`,
    `${city.older}, a name of ${city.name}`,
  ]);
}

beforeAll(async () => {
  editor.id = (await createTestUser("EDITOR", "editor")).id;
  colleague.id = (await createTestUser("EDITOR", "colleague")).id;
  reviewer.id = (await createTestUser("REVIEWER", "reviewer")).id;
});

describe("another name the article gives a recorded place", () => {
  it("is proposed as one edit of the place adding its spellings, and once approved its profile cites the passages", async () => {
    const city: City = { name: "Taemin City", native: "태민시", chinese: "泰民市", older: "Daemin City", slug: "taemin" };
    const place = await recordCity(city);
    const form = await decided(city, place.id);
    expect(form.entities.filter((e) => e.action === "alias")).toHaveLength(2);

    const saved = await submitIntake(editor, form);
    expect(saved.ok).toBe(true);
    const changeId = saved.ok ? saved.data!.id : "";
    const edits = await prisma.changeItem.findMany({ where: { changeRequestId: changeId, operation: "UPDATE" } });
    expect(edits.map((e) => [e.recordType, e.recordId, e.baseVersion])).toEqual([["PLACE", place.id, place.version]]);
    await expectReviewShowsAddedNames(changeId, city);
    expect(await approve(changeId)).toMatchObject({ ok: true });

    const profile = (await getPlaceProfile(city.slug))!;
    expect(profile.place).toMatchObject({ name: city.name, country: "KR", level: "CITY", version: place.version + 1 });
    expect(profile.place.names.map((n) => [n.text, n.lang, n.kind]).sort()).toEqual([
      ["Daemin City", "en", "ALIAS"],
      ["泰民市", "zh-Hans", "VARIANT"],
      ["태민시", "ko", "NATIVE"],
    ]);
    const source = await prisma.source.findFirstOrThrow({ where: { url: articleAbout(city).url } });
    for (const text of [city.chinese, city.older]) {
      const name = profile.place.names.find((n) => n.text === text)!;
      const footnotes = profile.citations.filter((c) => c.recordType === "NAME" && c.recordId === name.id);
      expect(footnotes.map((c) => [c.source.id, c.quote.includes(text)])).toEqual([[source.id, true]]);
    }
  });

  it("proposes nothing for a spelling the place was given since the editor read the article", async () => {
    const city: City = { name: "Seoryang City", native: "서량시", chinese: "西良市", older: "Soryang City", slug: "seoryang" };
    const place = await recordCity(city);
    const form = await decided(city, place.id);
    form.entities.find((e) => e.name === city.older)!.action = "drop";
    Object.assign(
      form.entities.find((e) => e.text === "岚秀县")!,
      { action: "create", name: "Lanxiu County", country: "CN" },
    );
    const chinese = { id: newNameId(), text: city.chinese, lang: "zh-Hans", kind: "VARIANT" as const };
    await editedByColleague(place.id, (content) => ({ ...content, names: [...content.names, chinese] }));

    const saved = await submitIntake(editor, form);
    expect(saved.ok).toBe(true);
    const items = await prisma.changeItem.findMany({ where: { changeRequestId: saved.ok ? saved.data!.id : "" } });
    expect(items.filter((i) => i.operation === "UPDATE")).toEqual([]);
    const county = items.find((i) => i.recordType === "PLACE")!.payload as PlaceInput;
    expect(county.name).toBe("Lanxiu County");
    const citedNames = items.flatMap((i) =>
      (i.payload as { recordType?: string; recordId?: string }).recordType === "NAME" ? [i.payload] : [],
    );
    expect(citedNames.map((c) => (c as { quote: string }).quote)).toEqual(["岚秀县"]);
  });

  it("is added to the version published when submitted, keeping a colleague's edit approved while the editor read", async () => {
    const city: City = { name: "Hwaseon City", native: "화선시", chinese: "华善市", older: "Hwasun City", slug: "hwaseon" };
    const place = await recordCity(city);
    const form = await decided(city, place.id);
    await editedByColleague(place.id, (content) => ({ ...content, summary: "A port city." }));

    const saved = await submitIntake(editor, form);
    expect(await approve(saved.ok ? saved.data!.id : "")).toMatchObject({ ok: true });
    const now = await prisma.place.findUniqueOrThrow({ where: { id: place.id }, include: { names: true } });
    expect(now.summary).toBe("A port city.");
    expect(now.names.map((n) => n.text).sort()).toEqual([city.older, city.chinese, city.native].sort());
  });

  it("is refused at approval, with nothing published, when a colleague's edit of the place was approved since", async () => {
    const city: City = { name: "Gwangmo City", native: "광모시", chinese: "光茂市", older: "Kwangmo City", slug: "gwangmo" };
    const place = await recordCity(city);
    const saved = await submitIntake(editor, await decided(city, place.id));
    expect(saved.ok).toBe(true);
    await editedByColleague(place.id, (content) => ({ ...content, summary: "An inland city." }));

    expect(await approve(saved.ok ? saved.data!.id : "")).toMatchObject({
      ok: false,
      formError: expect.stringContaining("This record changed since the change was prepared"),
    });
    const now = await prisma.place.findUniqueOrThrow({ where: { id: place.id }, include: { names: true } });
    expect(now.names.map((n) => n.text)).toEqual([city.native]);
    expect(await prisma.source.count({ where: { url: articleAbout(city).url } })).toBe(0);
  });
});

// The review form says "already has this name" by the rule the submission applies: a place
// found by a simplified name still lacks the traditional spelling, which would be added.
describe("whether a recorded place already has an alias's spelling", () => {
  const place = { kind: "place" as const, id: "p", name: "Ryongdo City", country: "KR", names: [{ text: "龙岛市", lang: "zh-Hans" }] };
  const alias = (text: string, textLang = "zh-Hant") => ({ text, textLang, name: "" });

  it("is yes for the spelling it is filed under, and for its pinyin", () => {
    expect(hasSpellingOf(place, alias("龙岛市", "zh-Hans"))).toBe(true);
    expect(hasSpellingOf(place, { text: "", textLang: "en", name: "Longdaoshi" })).toBe(true);
  });

  it("is no for the same name in traditional characters", () => {
    expect(hasSpellingOf(place, alias("龍島市"))).toBe(false);
  });
});
