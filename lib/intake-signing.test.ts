import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { approveChange } from "@/lib/change-review";
import { analyseArticle } from "@/lib/intake/analyse";
import { prepareIntake, submitIntake } from "@/lib/intake";
import type { IntakeArticle, IntakeInput } from "@/lib/intake-schema";
import { signingOf } from "@/lib/intake-signing";
import { intakeDecisions } from "@/lib/intake-suggestions";

// Written for these tests: two places become sister cities by signing an agreement, and a
// third is named beside them. Each test reads its own places.
function signing(chinese: string, korean: string): IntakeArticle {
  return {
    sourceId: "",
    snapshot: [
      `${chinese} and ${korean} Sign Up as Sister Cities`,
      `On October 3, ${chinese} District of China and ${korean} City of South Korea signed a sisterhood agreement, becoming sister cities.`,
      `Officials of ${korean} County also attended the ceremony.`,
    ].join("\n"),
    url: `https://news.example/signing-${chinese}-${korean}`.toLowerCase(),
    lang: "en",
    title: "",
    publishedOn: "2025-11-01",
  };
}

// The editor's first draft as the review form shows it, read without any record known.
function drafted(article: IntakeArticle): IntakeInput {
  const { sourceId: _sourceId, ...pasted } = article;
  const analysis = analyseArticle(article.snapshot, { lang: "en", articleDate: article.publishedOn });
  return intakeDecisions(analysis, pasted, "", []);
}

const keyOf = (form: IntakeInput, name: string) => form.entities.find((e) => e.name === name)!.key;
const signedTie = (form: IntakeInput) => form.ties.find((tie) => tie.agreement !== null && tie.agreement !== undefined)!;

describe("the agreement a tie's event is the signing of", () => {
  it("is the kept agreement of both places", () => {
    const form = drafted(signing("Xiaoshan", "Gongju"));
    expect(signingOf(signedTie(form), form.agreements, form.entities)).toEqual({ agreement: 0, link: "kept" });
  });

  it("is none once the editor drops the agreement", () => {
    const form = drafted(signing("Xiaoshan", "Gongju"));
    form.agreements[0].action = "drop";
    expect(signingOf(signedTie(form), form.agreements, form.entities)).toEqual({ agreement: 0, link: "dropped" });
  });

  it("is none once the agreement no longer names both places as parties", () => {
    const form = drafted(signing("Xiaoshan", "Gongju"));
    form.agreements[0].parties = [keyOf(form, "Xiaoshan District"), keyOf(form, "Gongju County")];
    expect(signingOf(signedTie(form), form.agreements, form.entities)).toEqual({ agreement: 0, link: "not-parties" });
  });

  it("follows a place the editor records under another suggestion's name", () => {
    const form = drafted(signing("Xiaoshan", "Gongju"));
    const county = form.entities.find((e) => e.name === "Gongju County")!;
    Object.assign(county, { action: "alias", aliasOf: keyOf(form, "Gongju City") });
    form.agreements[0].parties = [keyOf(form, "Xiaoshan District"), county.key];
    expect(signingOf(signedTie(form), form.agreements, form.entities)).toEqual({ agreement: 0, link: "kept" });
  });
});

const editor = { id: "", role: "EDITOR" as const };
const reviewer = { id: "", role: "REVIEWER" as const };

beforeAll(async () => {
  editor.id = (await createTestUser("EDITOR")).id;
  reviewer.id = (await createTestUser("REVIEWER")).id;
});

async function decided(article: IntakeArticle): Promise<IntakeInput> {
  const draft = await prepareIntake(editor, article);
  if (!draft.ok) throw new Error(draft.formError);
  const form = draft.data.form;
  form.entities
    .filter((e) => e.kind === "place" && e.action === "create")
    .forEach((e) => (e.country ??= e.name.endsWith("District") ? "CN" : "KR"));
  return form;
}

async function approvedSigning(form: IntakeInput) {
  const saved = await submitIntake(editor, form);
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  expect(await approveChange(reviewer, saved.data!.id, "all", { seenRevision: 1 })).toMatchObject({ ok: true });
  const source = await prisma.source.findFirstOrThrow({ where: { url: form.article.url } });
  const cited = await prisma.citation.findMany({ where: { sourceId: source.id, recordType: "TIE_EVENT" }, select: { recordId: true } });
  const events = await prisma.tieEvent.findMany({ where: { id: { in: cited.map((c) => c.recordId) } } });
  const agreements = await prisma.citation.findMany({
    where: { sourceId: source.id, recordType: "AGREEMENT" },
    select: { recordId: true },
  });
  return { events, agreementIds: [...new Set(agreements.map((c) => c.recordId))] };
}

describe("a submitted tie signed by an agreement", () => {
  it("names the agreement approved with it", async () => {
    const { events, agreementIds } = await approvedSigning(await decided(signing("Fuchun", "Buyeo")));
    expect(agreementIds).toHaveLength(1);
    expect(events.map((event) => event.agreementId)).toEqual([agreementIds[0]]);
  });

  it("names no agreement whose parties the editor changed, whatever the form sends", async () => {
    const form = await decided(signing("Linping", "Seosan"));
    form.agreements[0].parties = [keyOf(form, "Linping District"), keyOf(form, "Seosan County")];
    expect(signedTie(form).agreement).toBe(0);
    const { events, agreementIds } = await approvedSigning(form);
    expect(agreementIds).toHaveLength(1);
    expect(events.map((event) => event.agreementId)).toEqual([null]);
  });
});
