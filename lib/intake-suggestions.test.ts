import { describe, expect, it } from "vitest";
import { organisationKindOf } from "@/lib/intake-suggestions";

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
