import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { approveChange } from "@/lib/change-review";
import { prepareIntake, submitIntake } from "@/lib/intake";
import { indexRecordNames } from "@/lib/search-index";
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
  editor.id = (await createTestUser("EDITOR", "editor")).id;
  reviewer.id = (await createTestUser("REVIEWER", "reviewer")).id;
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

  it("is approved as one change: the source, places, people, positions, one tie and the visit, each cited to its sentence", async () => {
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
    expect(zhou.positions.map((p) => [p.title, p.placeId])).toEqual([["Deputy Mayor of Yuhang District", yuhang.id]]);
    // The title names where it is held: the passage giving it cites the place too.
    const heldIn = await prisma.citation.findMany({ where: { recordType: "POSITION", recordId: zhou.positions[0].id } });
    expect(heldIn.map((c) => [c.field, c.quote]).sort()).toEqual([
      ["placeId", "Zhou Lan, Deputy Mayor of Yuhang District"],
      ["title", "Zhou Lan, Deputy Mayor of Yuhang District"],
    ]);
    const [existence] = await prisma.citation.findMany({ where: { recordType: "PERSON", recordId: zhou.id, field: "exists" } });
    expect(existence).toMatchObject({ sourceId: source.id, quote: "Zhou Lan, Deputy Mayor of Yuhang District" });
    expect(source.snapshot.slice(existence.startOffset!, existence.endOffset!)).toBe(existence.quote);

    const tie = await prisma.tie.findFirstOrThrow({
      where: { OR: [{ placeAId: yuhang.id }, { placeBId: yuhang.id }] },
      include: { events: true },
    });
    expect(tie).toMatchObject({ establishedOn: "2011" });
    // The English sentence and its Chinese translation tell of one event, cited twice.
    expect(tie.events.map((e) => e.term)).toEqual(["sister cities"]);
    const dated = await prisma.citation.findMany({ where: { recordType: "TIE_EVENT", field: "occurredOn", sourceId: source.id } });
    expect(dated.map((c) => [c.recordId, c.notation]).sort()).toEqual([
      [tie.events[0].id, "2011"],
      [tie.events[0].id, "2011年"],
    ]);

    const visit = await prisma.delegation.findFirstOrThrow({ where: { leaderId: zhou.id }, include: { stops: true } });
    expect(visit).toMatchObject({ sendingPlaceId: yuhang.id, startOn: "2025-05-12", leaderTitle: "Deputy Mayor of Yuhang District" });
    expect(visit.stops.map((stop) => stop.placeId)).toEqual([jecheon.id]);
    const cited = await prisma.citation.findMany({ where: { recordType: "DELEGATION", recordId: visit.id }, orderBy: { field: "asc" } });
    expect(cited.map((c) => [c.field, c.quote])).toEqual([
      ["leaderId", expect.stringContaining("Zhou Lan, Deputy Mayor of Yuhang District, led a delegation")],
      ["leaderTitle", expect.stringContaining("Zhou Lan, Deputy Mayor of Yuhang District, led a delegation")],
      ["sendingPlaceId", expect.stringContaining("Zhou Lan, Deputy Mayor of Yuhang District, led a delegation")],
      ["startOn", expect.stringContaining("On May 12")],
      ["stops", expect.stringContaining("to Jecheon City")],
    ]);
    expect(cited.find((c) => c.field === "startOn")).toMatchObject({
      notation: "May 12",
      inferredReason: expect.stringContaining("2025-06-01"),
    });
  });

  it("reports a delegation whose sender was dropped at its field, and stores nothing", async () => {
    const form = await decided();
    form.article.url = "https://news.example/no-sender";
    // Kept, even when an earlier test has recorded the visit.
    form.delegations[0].action = "create";
    const sender = form.entities.find((e) => e.key === form.delegations[0].from)!;
    sender.action = "drop";
    form.ties.forEach((tie) => (tie.action = "drop"));
    const saved = await submitIntake(editor, form);
    expect(saved).toEqual({
      ok: false,
      fieldErrors: expect.objectContaining({ "delegations.0.from": expect.stringContaining("Keep this") }),
    });
    expect(await prisma.source.count({ where: { url: form.article.url } })).toBe(0);
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

// Written for this test, like the one above: an agreement signed by two places.
const signing: IntakeArticle = {
  sourceId: "",
  snapshot: [
    "Nanxun District and Okcheon County Sign Friendship Agreement",
    "On September 8, Lu Ming, Head of Nanxun District, and Kang Min-ho, Governor of Okcheon County, signed a friendship exchange agreement at the Okcheon Culture Centre in South Korea.",
    "The two sides will hold a youth football exchange every summer.",
  ].join("\n"),
  url: "https://news.example/nanxun-okcheon",
  lang: "en",
  title: "",
  publishedOn: "2025-09-20",
};

async function decidedSigning(): Promise<IntakeInput> {
  const draft = await prepareIntake(editor, signing);
  if (!draft.ok) throw new Error(draft.formError);
  const form = draft.data.form;
  const byName = (name: string) => form.entities.find((e) => e.name === name)!;
  byName("Nanxun District").country = "CN";
  byName("Okcheon County").country = "KR";
  form.entities.filter((e) => e.kind === "organisation").forEach((e) => (e.action = "drop"));
  form.ties.forEach((tie) => (tie.action = "drop"));
  return form;
}

describe("an agreement the article tells of", () => {
  it("is suggested once, dated from the article, with its parties and signatories", async () => {
    const form = await decidedSigning();
    const nameOf = (key: string) => form.entities.find((e) => e.key === key)!.name;
    const kept = form.agreements.filter((a) => a.action === "create");
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ kind: "FRIENDSHIP_EXCHANGE_AGREEMENT", signedOn: "2025-09-08", notation: "September 8" });
    expect(kept[0].parties.map(nameOf)).toEqual(["Nanxun District", "Okcheon County"]);
    expect(kept[0].signatories.map(nameOf)).toEqual(["Lu Ming", "Kang Min-ho"]);
  });

  it("is approved with the change and published with its kind, date, parties and venue cited to the article", async () => {
    const saved = await submitIntake(editor, await decidedSigning());
    expect(saved.ok).toBe(true);
    const changeId = saved.ok ? saved.data!.id : "";
    expect(await approveChange(reviewer, changeId, "all", { seenRevision: 1 })).toMatchObject({ ok: true });

    const source = await prisma.source.findFirstOrThrow({ where: { url: signing.url } });
    const nanxun = await prisma.place.findFirstOrThrow({ where: { name: "Nanxun District" } });
    const okcheon = await prisma.place.findFirstOrThrow({ where: { name: "Okcheon County" } });
    const agreement = await prisma.agreement.findFirstOrThrow({
      where: { parties: { some: { placeId: nanxun.id } } },
      include: { parties: true, signatories: { include: { person: true } } },
    });
    expect(agreement).toMatchObject({ kind: "FRIENDSHIP_EXCHANGE_AGREEMENT", signedOn: "2025-09-08", venue: "Okcheon Culture Centre" });
    expect(agreement.parties.map((p) => p.placeId)).toEqual([nanxun.id, okcheon.id]);
    expect(agreement.signatories.map((s) => [s.person.name, s.title, s.role])).toEqual([
      ["Lu Ming", "Head of Nanxun District", "SIGNATORY"],
      ["Kang Min-ho", "Governor of Okcheon County", "SIGNATORY"],
    ]);
    const cited = await prisma.citation.findMany({ where: { recordType: "AGREEMENT", recordId: agreement.id }, orderBy: { field: "asc" } });
    expect(cited.map((c) => [c.field, c.sourceId])).toEqual([
      ["kind", source.id],
      ["parties", source.id],
      ["signedOn", source.id],
      ["venue", source.id],
    ]);
    expect(cited.find((c) => c.field === "kind")!.quote).toContain("signed a friendship exchange agreement");
    expect(cited.find((c) => c.field === "signedOn")).toMatchObject({
      quote: expect.stringMatching(/^September 8, Lu Ming, .* signed a friendship exchange agreement at the Okcheon Culture Centre$/),
      assertedValue: "2025-09-08",
      notation: "September 8",
    });
    for (const c of cited) expect(source.snapshot.slice(c.startOffset!, c.endOffset!)).toBe(c.quote);
  });

  it("reports an agreement whose party was dropped at its parties, and stores nothing", async () => {
    const form = await decidedSigning();
    form.article.url = "https://news.example/no-party";
    // The signing, kept even when an earlier test has recorded it.
    const i = form.agreements.findIndex((a) => a.parties.length >= 2 && a.signedOn);
    form.agreements[i].action = "create";
    form.entities.find((e) => e.key === form.agreements[i].parties[1])!.action = "drop";
    form.delegations.forEach((delegation) => (delegation.action = "drop"));
    const saved = await submitIntake(editor, form);
    expect(saved).toEqual({
      ok: false,
      fieldErrors: expect.objectContaining({ [`agreements.${i}.parties`]: expect.stringContaining("Keep this suggestion") }),
    });
    expect(await prisma.source.count({ where: { url: form.article.url } })).toBe(0);
  });
});

// Written for these tests: two places become sister cities by signing an agreement. Each
// test reads its own pair, so neither meets the other's registered source.
function sisterhood(chinese: string, korean: string): IntakeArticle {
  return {
    sourceId: "",
    snapshot: [
      `${chinese} and ${korean} Sign Up as Sister Cities`,
      `On October 3, ${chinese} District of China and ${korean} City of South Korea signed a sisterhood agreement, becoming sister cities.`,
    ].join("\n"),
    url: `https://news.example/${chinese}-${korean}`.toLowerCase(),
    lang: "en",
    title: "",
    publishedOn: "2025-11-01",
  };
}

async function decidedSisterhood(chinese: string, korean: string): Promise<IntakeInput> {
  const draft = await prepareIntake(editor, sisterhood(chinese, korean));
  if (!draft.ok) throw new Error(draft.formError);
  const form = draft.data.form;
  form.entities.find((e) => e.name === `${chinese} District`)!.country = "CN";
  form.entities.find((e) => e.name === `${korean} City`)!.country = "KR";
  return form;
}

async function approvedTieEvents(form: IntakeInput) {
  const saved = await submitIntake(editor, form);
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  expect(await approveChange(reviewer, saved.data!.id, "all", { seenRevision: 1 })).toMatchObject({ ok: true });
  const source = await prisma.source.findFirstOrThrow({ where: { url: form.article.url } });
  const cited = await prisma.citation.findMany({ where: { sourceId: source.id, recordType: "TIE_EVENT" }, select: { recordId: true } });
  return prisma.tieEvent.findMany({ where: { id: { in: cited.map((c) => c.recordId) } }, include: { agreement: true } });
}

describe("a tie made by signing an agreement", () => {
  it("is approved with the signing as its event", async () => {
    const events = await approvedTieEvents(await decidedSisterhood("Xiaoshan", "Gongju"));
    const signed = events.filter((event) => event.occurredOn === "2025-10-03");
    expect(signed.map((event) => [event.kind, event.agreement?.kind, event.agreement?.signedOn])).toEqual([
      ["SISTER", "SISTERHOOD_AGREEMENT", "2025-10-03"],
    ]);
  });

  it("keeps its event without the agreement the editor dropped", async () => {
    const form = await decidedSisterhood("Fuyang", "Nonsan");
    form.agreements.forEach((agreement) => (agreement.action = "drop"));
    const events = await approvedTieEvents(form);
    expect(events.filter((event) => event.occurredOn === "2025-10-03").map((event) => event.agreementId)).toEqual([null]);
  });
});

describe("a tie Amity has already", () => {
  it("cites its recorded establishment instead of adding it again", async () => {
    const linan = await prisma.place.create({
      data: { slug: "linan-district", name: "Lin'an District", country: "CN", level: "DISTRICT" },
    });
    const boryeong = await prisma.place.create({ data: { slug: "boryeong-city", name: "Boryeong City", country: "KR", level: "CITY" } });
    const [placeAId, placeBId] = [linan.id, boryeong.id].sort();
    const tie = await prisma.tie.create({
      data: { placeAId, placeBId, events: { create: { type: "ESTABLISHED", kind: "SISTER", occurredOn: "2011-10-24" } } },
      include: { events: true },
    });
    const draft = await prepareIntake(editor, {
      ...article,
      snapshot: "Lin'an District and Boryeong City became sister cities in 2011. They have since exchanged students every year.",
      url: "https://news.example/linan-boryeong",
    });
    if (!draft.ok) throw new Error(draft.formError);
    const form = draft.data.form;
    expect(form.ties.map((t) => [t.action, t.occurredOn])).toEqual([["create", "2011"]]);

    const saved = await submitIntake(editor, form);
    expect(saved).toMatchObject({ ok: true });
    expect(await approveChange(reviewer, saved.ok ? saved.data!.id : "", "all", { seenRevision: 1 })).toMatchObject({ ok: true });
    expect(await prisma.tieEvent.count({ where: { tieId: tie.id } })).toBe(1);
    const cited = await prisma.citation.findMany({ where: { recordType: "TIE_EVENT", recordId: tie.events[0].id } });
    expect(cited.map((c) => [c.field, c.assertedValue]).sort()).toEqual([
      ["kind", "SISTER"],
      ["occurredOn", "2011"],
    ]);
  });
});

describe("a name filed under a record's search key", () => {
  it("is linked to that record when the level it states agrees, else offered as possibly the same", async () => {
    const hwaseong = await prisma.place.create({ data: { slug: "hwaseong", name: "Hwaseong", country: "KR", level: "CITY" } });
    const jiaxing = await prisma.place.create({ data: { slug: "jiaxing-province", name: "Jiaxing", country: "CN", level: "PROVINCE" } });
    await indexRecordNames(prisma, "PLACE", hwaseong.id);
    await indexRecordNames(prisma, "PLACE", jiaxing.id);
    // The garden's name writes both places as one compound the analysis reads apart.
    const draft = await prepareIntake(editor, {
      ...article,
      snapshot:
        'A garden. "Jiaxing City-Hwaseong City Friendship Garden" In 2025, on the occasion of the 10th anniversary of the friendship between the two cities, Jiaxing City presented Hwaseong City with stones.',
      url: "https://news.example/jiaxing-hwaseong",
    });
    if (!draft.ok) throw new Error(draft.formError);
    const { form, candidates } = draft.data;
    const written = (name: string) => form.entities.find((e) => e.name === name)!;
    expect(written("Hwaseong City")).toMatchObject({ action: "link", recordId: hwaseong.id });
    expect(written("Jiaxing City")).toMatchObject({ action: "create" });
    expect(candidates[written("Jiaxing City").key]).toEqual([expect.objectContaining({ id: jiaxing.id, isNear: true })]);
  });
});

describe("a new place the article writes as part of another", () => {
  it("is created under it, the whole first when it is new too", async () => {
    const draft = await prepareIntake(editor, {
      ...article,
      snapshot: "Laoshan Welcomes Kurume\nOn May 2, officials of Laoshan District of Qingdao City met guests from Kurume City.",
      url: "https://news.example/laoshan-kurume",
    });
    if (!draft.ok) throw new Error(draft.formError);
    const form = draft.data.form;
    const written = (name: string) => form.entities.find((e) => e.name === name)!;
    expect(written("Laoshan District")).toMatchObject({ action: "create", partOf: written("Qingdao City").key });
    for (const [name, country] of [
      ["Laoshan District", "CN"],
      ["Qingdao City", "CN"],
      ["Kurume City", "JP"],
    ])
      written(name).country = country;
    const saved = await submitIntake(editor, form);
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    expect(await approveChange(reviewer, saved.data!.id, "all", { seenRevision: 1 })).toMatchObject({ ok: true });
    const qingdao = await prisma.place.findFirstOrThrow({ where: { name: "Qingdao City" } });
    const laoshan = await prisma.place.findFirstOrThrow({ where: { name: "Laoshan District" } });
    expect(laoshan).toMatchObject({ parentId: qingdao.id });
    const [cited] = await prisma.citation.findMany({ where: { recordType: "PLACE", recordId: laoshan.id, field: "parentId" } });
    expect(cited?.quote).toContain("Laoshan District of Qingdao City");
    expect(await prisma.place.findFirstOrThrow({ where: { name: "Kurume City" } })).toMatchObject({ parentId: null });
  });

  it("is created after its whole when that is kept as another name of a new place further on", async () => {
    const draft = await prepareIntake(editor, {
      ...article,
      snapshot: "济南市历城区代表团访问了久留米市。\nThe guests met Mayor Kenji Sato, then toured Jinan City.",
      url: "https://news.example/licheng-jinan-alias",
    });
    if (!draft.ok) throw new Error(draft.formError);
    const form = draft.data.form;
    const written = (name: string) => form.entities.find((e) => e.name === name || e.text === name)!;
    const [district, city, english] = [written("历城区"), written("济南市"), written("Jinan City")];
    // A new person between them in the change keeps the places from being created together.
    for (const entity of form.entities) if (![district, city, english, written("Kenji Sato")].includes(entity)) entity.action = "drop";
    Object.assign(district, { name: "Licheng Alias District", country: "CN" });
    Object.assign(city, { action: "alias", aliasOf: english.key });
    Object.assign(english, { name: "Jinan Alias City", country: "CN" });
    for (const delegation of form.delegations) delegation.action = "drop";
    expect(district.partOf).toBe(city.key);
    const saved = await submitIntake(editor, form);
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    expect(await approveChange(reviewer, saved.data!.id, "all", { seenRevision: 1 })).toMatchObject({ ok: true });
    const jinan = await prisma.place.findFirstOrThrow({ where: { name: "Jinan Alias City" } });
    expect(await prisma.place.findFirstOrThrow({ where: { name: "Licheng Alias District" } })).toMatchObject({ parentId: jinan.id });
  });

  it("is where a position its title names is held, not the wholes around it", async () => {
    const draft = await prepareIntake(editor, {
      ...article,
      snapshot: "历城区代表团访问久留米市\n4月10日，山东省济南市历城区副区长文海生访问了久留米市。",
      url: "https://news.example/licheng-kurume",
      lang: "zh-Hans",
    });
    if (!draft.ok) throw new Error(draft.formError);
    const form = draft.data.form;
    const written = (text: string) => form.entities.find((e) => e.text === text)!;
    const english = {
      山东省: "Shandong Held Province",
      济南市: "Jinan Held City",
      历城区: "Licheng Held District",
      久留米市: "Kurume Held City",
    };
    for (const [text, name] of Object.entries(english))
      Object.assign(written(text), { action: "create", name, country: text === "久留米市" ? "JP" : "CN" });
    Object.assign(written("文海生"), { action: "create", name: "Wen Held" });
    for (const delegation of form.delegations) delegation.action = "drop";
    const saved = await submitIntake(editor, form);
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    expect(await approveChange(reviewer, saved.data!.id, "all", { seenRevision: 1 })).toMatchObject({ ok: true });
    const district = await prisma.place.findFirstOrThrow({ where: { name: "Licheng Held District" }, include: { parent: true } });
    expect(district.parent?.name).toBe("Jinan Held City");
    const wen = await prisma.person.findFirstOrThrow({ where: { name: "Wen Held" }, include: { positions: true } });
    expect(wen.positions.map((p) => [p.title, p.placeId])).toEqual([["山东省济南市历城区副区长", district.id]]);
  });

  it("must be part of a place kept as a record: a dropped one is refused at the field, and nothing stored", async () => {
    const draft = await prepareIntake(editor, {
      ...article,
      snapshot: "Shinan Welcomes Kurume\nOn May 3, officials of Shinan District of Qingdao City met guests from Kurume City.",
      url: "https://news.example/shinan-kurume",
    });
    if (!draft.ok) throw new Error(draft.formError);
    const form = draft.data.form;
    const at = form.entities.findIndex((e) => e.name === "Shinan District");
    form.entities[at].country = "CN";
    for (const entity of form.entities) if (entity.name !== "Shinan District") entity.action = "drop";
    const saved = await submitIntake(editor, form);
    expect(saved).toMatchObject({
      ok: false,
      fieldErrors: { [`entities.${at}.partOf`]: "Choose another place kept as a record, or none" },
    });
    expect(await prisma.place.count({ where: { name: "Shinan District" } })).toBe(0);

    // Nor can two new places each be part of the other.
    const qingdao = form.entities.findIndex((e) => e.name === "Qingdao City");
    Object.assign(form.entities[qingdao], { action: "create", country: "CN", partOf: form.entities[at].key });
    const circular = await submitIntake(editor, form);
    expect(circular).toMatchObject({
      ok: false,
      fieldErrors: { [`entities.${at}.partOf`]: "A place cannot be part of itself, or of a place that is part of it" },
    });
  });
});

describe("a visit or an agreement Amity has already", () => {
  it("is dropped from the draft, naming the record", async () => {
    const place = (slug: string, name: string, country: string) => prisma.place.create({ data: { slug, name, country, level: "COUNTY" } });
    const [deqing, boeun] = [await place("deqing-county", "Deqing County", "CN"), await place("boeun-county", "Boeun County", "KR")];
    const shen = await prisma.person.create({ data: { slug: "shen-yu", name: "Shen Yu" } });
    const visit = await prisma.delegation.create({
      data: {
        slug: "deqing-to-boeun-2025",
        title: "Deqing delegation to Boeun",
        leaderId: shen.id,
        sendingPlaceId: deqing.id,
        startOn: "2025-05-11",
        endOn: "2025-05-13",
      },
    });
    const signed = await prisma.agreement.create({
      data: {
        slug: "deqing-boeun-friendship",
        title: "Deqing–Boeun friendship agreement",
        kind: "FRIENDSHIP_AGREEMENT",
        signedOn: "2025-05-12",
        parties: { create: [{ placeId: deqing.id }, { placeId: boeun.id }] },
      },
    });
    const draft = await prepareIntake(editor, {
      ...article,
      snapshot: [
        "On May 12, Shen Yu, Head of Deqing County, led a delegation to Boeun County in South Korea.",
        "On May 12, Shen Yu, Head of Deqing County, and Kim Hee-jin, Governor of Boeun County, signed a friendship exchange agreement.",
      ].join("\n"),
      url: "https://news.example/deqing-boeun",
    });
    if (!draft.ok) throw new Error(draft.formError);
    const { form, recorded } = draft.data;
    expect(form.delegations.map((d) => [d.action, d.startOn])).toEqual([["drop", "2025-05-12"]]);
    expect(recorded.delegations).toEqual([{ title: visit.title, path: `/delegations/${visit.slug}` }]);
    expect(form.agreements.map((a) => [a.action, a.signedOn])).toEqual([["drop", "2025-05-12"]]);
    expect(recorded.agreements).toEqual([{ title: signed.title, path: `/agreements/${signed.slug}` }]);
  });

  it("is found when the record knows only the day the visit ended", async () => {
    const tongxiang = await prisma.place.create({ data: { slug: "tongxiang-city", name: "Tongxiang City", country: "CN", level: "CITY" } });
    const lu = await prisma.person.create({ data: { slug: "lu-ping", name: "Lu Ping" } });
    const visit = await prisma.delegation.create({
      data: {
        slug: "tongxiang-visit-2025",
        title: "Tongxiang delegation",
        leaderId: lu.id,
        sendingPlaceId: tongxiang.id,
        endOn: "2025-05-04",
      },
    });
    const draft = await prepareIntake(editor, {
      ...article,
      snapshot: "On May 4, Lu Ping, Mayor of Tongxiang City, led a delegation to Suwon City.",
      url: "https://news.example/tongxiang-suwon",
    });
    if (!draft.ok) throw new Error(draft.formError);
    expect(draft.data.recorded.delegations).toEqual([{ title: visit.title, path: `/delegations/${visit.slug}` }]);
  });
});
