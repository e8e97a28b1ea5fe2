import { describe, expect, it } from "vitest";
import { analyseArticle } from "@/lib/intake/analyse";
import { intakeDecisions, organisationKindOf } from "@/lib/intake-suggestions";

describe("the kind of an organisation an article names", () => {
  it("is read from the words of its name, in any of the three languages", () => {
    const kinds = [
      ["Jiangsu Provincial Party Committee"],
      ["Fukuoka Prefectural Council"],
      ["SK Group"],
      ["Japan Association for the Promotion of International Trade"],
      ["Licheng District Convergence Media Center"],
      ["Kyungpook National University"],
      ["", "江苏省委"],
      ["", "株式会社日立製作所"],
      ["", "한중우호협회"],
    ].map(organisationKindOf);
    expect(kinds).toEqual([
      "PARTY_COMMITTEE",
      "LEGISLATURE",
      "COMPANY",
      "ASSOCIATION",
      "MEDIA",
      "UNIVERSITY",
      "PARTY_COMMITTEE",
      "COMPANY",
      "ASSOCIATION",
    ]);
  });

  it("is a government body when the name does not tell", () => {
    expect(organisationKindOf(["Planning and Economy Bureau", "企划经济局"])).toBe("GOVERNMENT");
    expect(organisationKindOf(["Ministry of Industry, Trade and Resources"])).toBe("GOVERNMENT");
  });
});

describe("the whole a new place is part of", () => {
  const text = [
    "Tanaka Delegation Visits Qingdao",
    "On March 3, Mayor Ichiro Tanaka of Shimonoseki City led a delegation to Shinan District of Qingdao City and to Qingdao City's Laoshan District.",
    "The delegation then went to 青岛市黄岛区.",
    "Officials from Busan City, Incheon City and Ulsan City joined them, as did guests from Japan, South Korea.",
    "Guests from Fukuoka City, Kitakyushu and Shimonoseki City came, and from Gyeongju, South Korea and Guangdong Province, China.",
  ].join("\n");
  const article = { title: "", snapshot: text, url: "", publisher: "", publishedOn: "2025-04-01", lang: "en" };
  const { entities } = intakeDecisions(analyseArticle(text, { articleDate: "2025-04-01" }), article, "source", []);
  const named = (name: string) => entities.find((e) => e.name === name || e.text === name)!;

  it("is the place the article writes it with: “X of Y”, “Y's X”, “YX”", () => {
    for (const district of ["Shinan District", "Laoshan District"]) expect(named(district).partOf).toBe(named("Qingdao City").key);
    expect(named("黄岛区").partOf).toBe(named("青岛市").key);
    expect(named("Guangdong Province").partOf).toBe(named("China").key);
  });

  it("gives a new place its whole's country, even where the whole is too far out to be its parent", () => {
    expect(named("Gyeongju")).toMatchObject({ partOf: "", country: "KR" });
    expect(named("Guangdong Province").country).toBe("CN");
  });

  it("is none for places listed together, a city beside its country, or the place a person's title names", () => {
    for (const place of [
      "Busan City",
      "Incheon City",
      "Ulsan City",
      "Shimonoseki City",
      "Qingdao City",
      "Japan",
      "Fukuoka City",
      "Gyeongju",
    ])
      expect(named(place).partOf).toBe("");
  });
});
