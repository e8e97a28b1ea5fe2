import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { approveChange } from "@/lib/change-review";
import { prepareIntake, submitIntake } from "@/lib/intake";
import type { IntakeArticle, IntakeInput } from "@/lib/intake-schema";

const editor = { id: "", role: "EDITOR" as const };
const reviewer = { id: "", role: "REVIEWER" as const };

beforeAll(async () => {
  editor.id = (await createTestUser("EDITOR")).id;
  reviewer.id = (await createTestUser("REVIEWER")).id;
});

// Written for these tests: two places sign an agreement in a third. Each test reads its own.
function signedIn(venue: string, chinese: string, korean: string): IntakeArticle {
  return {
    sourceId: "",
    snapshot: [
      `${chinese} and ${korean} Sign Friendship Agreement`,
      `In ${venue} City on October 3, ${chinese} District of China and ${korean} City of South Korea signed a friendship agreement.`,
    ].join("\n"),
    url: `https://news.example/venue-${venue}-${chinese}-${korean}`.toLowerCase(),
    lang: "en",
    title: "",
    publishedOn: "2025-11-01",
  };
}

async function decided(article: IntakeArticle): Promise<IntakeInput> {
  const draft = await prepareIntake(editor, article);
  if (!draft.ok) throw new Error(draft.formError);
  const form = draft.data.form;
  for (const place of form.entities.filter((e) => e.kind === "place" && e.action === "create"))
    place.country ??= place.name.endsWith("District") ? "CN" : "KR";
  return form;
}

const nameOf = (form: IntakeInput, key: string) => form.entities.find((e) => e.key === key)?.name;
// The headline tells of the signing too; the sentence that dates it is the one kept.
const kept = (form: IntakeInput) => form.agreements.find((a) => a.action === "create")!;

describe("the venue of an agreement the article tells of", () => {
  it("is suggested, and the agreement is approved signed in that place, which is no party", async () => {
    const form = await decided(signedIn("Asan", "Jiande", "Dangjin"));
    const agreement = kept(form);
    expect(nameOf(form, agreement.venue)).toBe("Asan City");
    expect(agreement.parties.map((key) => nameOf(form, key))).toEqual(["Jiande District", "Dangjin City"]);

    const saved = await submitIntake(editor, form);
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    expect(await approveChange(reviewer, saved.data!.id, "all", { seenRevision: 1 })).toMatchObject({ ok: true });
    const asan = await prisma.place.findFirstOrThrow({ where: { name: "Asan City" } });
    const jiande = await prisma.place.findFirstOrThrow({ where: { name: "Jiande District" } });
    const signed = await prisma.agreement.findFirstOrThrow({ where: { parties: { some: { placeId: jiande.id } } } });
    expect(signed.venuePlaceId).toBe(asan.id);
    const cited = await prisma.citation.findFirstOrThrow({
      where: { recordType: "AGREEMENT", recordId: signed.id, field: "venuePlaceId" },
    });
    expect(cited.quote).toContain("Asan City on October 3, Jiande District");
  });

  it("dropped by the editor as a place, is reported at the venue, and nothing is stored", async () => {
    const form = await decided(signedIn("Nonsan", "Tonglu", "Gyeryong"));
    form.article.url = "https://news.example/venue-dropped";
    form.entities.find((e) => e.key === kept(form).venue)!.action = "drop";
    const saved = await submitIntake(editor, form);
    expect(saved).toEqual({
      ok: false,
      fieldErrors: expect.objectContaining({
        [`agreements.${form.agreements.indexOf(kept(form))}.venue`]: expect.stringContaining("choose no venue"),
      }),
    });
    expect(await prisma.source.count({ where: { url: form.article.url } })).toBe(0);
  });

  it("named as a building, is suggested as the venue's name and stored with the agreement", async () => {
    const article = signedIn("Asan", "Fuyang", "Yesan");
    article.snapshot = article.snapshot
      .replace("In Asan City on October 3,", "On October 3,")
      .replace("agreement.", "agreement at Sapgyo Hall.");
    const form = await decided(article);
    expect(kept(form)).toMatchObject({ venue: "", venueName: "Sapgyo Hall" });

    const saved = await submitIntake(editor, form);
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    expect(await approveChange(reviewer, saved.data!.id, "all", { seenRevision: 1 })).toMatchObject({ ok: true });
    const fuyang = await prisma.place.findFirstOrThrow({ where: { name: "Fuyang District" } });
    const signed = await prisma.agreement.findFirstOrThrow({ where: { parties: { some: { placeId: fuyang.id } } } });
    expect(signed).toMatchObject({ venue: "Sapgyo Hall", venuePlaceId: null });
    const cited = await prisma.citation.findFirstOrThrow({ where: { recordType: "AGREEMENT", recordId: signed.id, field: "venue" } });
    expect(cited.quote).toContain("signed a friendship agreement at Sapgyo Hall");
  });
});
