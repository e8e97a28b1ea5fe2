import { describe, expect, it } from "vitest";
import { analyseArticle } from "@/lib/intake/analyse";
import type { Analysis } from "@/lib/intake/types";

// Sentences written for these tests: invented signings between invented pairs of places.

const read = (text: string) => analyseArticle(text, { articleDate: "2025-11-01" });
const venuesOf = (analysis: Analysis) => analysis.agreements.map((a) => (a.venue === undefined ? null : analysis.entities[a.venue].name));
const partiesOf = (analysis: Analysis) => analysis.agreements.map((a) => a.parties.map((p) => analysis.entities[p].name));

describe("where an agreement was signed", () => {
  it("is the place the sentence signs it in, a party or not", () => {
    const inParty = read("On October 3, Xiaoshan District and Gongju City signed a sisterhood agreement in Gongju City.");
    expect(venuesOf(inParty)).toEqual(["Gongju City"]);
    expect(partiesOf(inParty)).toEqual([["Xiaoshan District", "Gongju City"]]);

    const elsewhere = read("In Suzhou City on June 19, Wuzhong District and Gumi City signed a friendship agreement.");
    expect(venuesOf(elsewhere)).toEqual(["Suzhou City"]);
    // Named only as where it was signed, the venue is no party.
    expect(partiesOf(elsewhere)).toEqual([["Wuzhong District", "Gumi City"]]);
  });

  it("is read from Chinese, Japanese and Korean sentences", () => {
    expect(venuesOf(read("吴中区与龟尾市在苏州市签署友好交流协议。"))).toEqual(["苏州市"]);
    expect(venuesOf(read("呉中区と亀尾市は蘇州市で友好協定を締結した。"))).toEqual(["蘇州市"]);
    expect(venuesOf(read("우중구와 구미시는 수원시에서 우호협정을 체결했다."))).toEqual(["수원시"]);
  });

  it("is not a place that only says where a party lies, nor a country", () => {
    expect(venuesOf(read("Haeundae District in Busan City and Wuzhong District signed a friendship agreement."))).toEqual([null]);
    expect(venuesOf(read("On May 3, Yuhang District and Jecheon City signed a friendship agreement in South Korea."))).toEqual([null]);
    expect(venuesOf(read("吴中区与龟尾市在江苏省委书记见证下签署友好协议。"))).toEqual([null]);
  });

  it("is not suggested when the sentence does not say", () => {
    expect(venuesOf(read("On October 3, Xiaoshan District and Gongju City signed a sisterhood agreement."))).toEqual([null]);
  });
});

describe("the building or hall an agreement was signed in", () => {
  const namesOf = (analysis: Analysis) => analysis.agreements.map((a) => a.venueName ?? null);

  it("is read from the sentence that dated the meeting it was signed at", () => {
    const analysis = read(
      'On October 3, Xiaoshan District and Gongju City met at Haneul Hall, the old guesthouse. After their talks, the two cities signed the "Sisterhood Agreement between Xiaoshan District and Gongju City".',
    );
    expect(namesOf(analysis)).toEqual(["Haneul Hall"]);
    expect(venuesOf(analysis)).toEqual([null]);
  });

  it("is named beside the place it lies in", () => {
    const analysis = read("On October 3, Xiaoshan District and Jiande District signed a friendship agreement at Gongju City Hall.");
    expect(namesOf(analysis)).toEqual(["Gongju City Hall"]);
    expect(venuesOf(analysis)).toEqual(["Gongju City"]);
  });

  it("is not a place alone, nor taken from an earlier sentence that tells of no meeting", () => {
    expect(namesOf(read("On October 3, Xiaoshan District and Jiande District signed a friendship agreement at Gongju City."))).toEqual([
      null,
    ]);
    const visited = read(
      "On October 3, the Mayor of Xiaoshan District arrived at Incheon Airport. Later, Xiaoshan District and Gongju City signed a sisterhood agreement.",
    );
    expect(namesOf(visited)).toEqual([null]);
  });
});

describe("the building an agreement was signed in, in Chinese, Japanese and Korean", () => {
  const namesOf = (analysis: Analysis) => analysis.agreements.map((a) => a.venueName ?? null);

  it("is the name ending in a building's word where the sentence signs", () => {
    const chinese = read("吴中区与龟尾市在苏州市会议中心签署友好交流协议。");
    expect(namesOf(chinese)).toEqual(["苏州市会议中心"]);
    expect(venuesOf(chinese)).toEqual(["苏州市"]);
    expect(namesOf(read("呉中区と亀尾市は国際会議センターで友好協定を締結した。"))).toEqual(["国際会議センター"]);
    expect(namesOf(read("우중구와 구미시는 수원컨벤션센터에서 우호협정을 체결했다."))).toEqual(["수원컨벤션센터"]);
    expect(namesOf(read("우중구와 구미시는 수원 라마다호텔에서 우호협정을 체결했다."))).toEqual(["수원 라마다호텔"]);
  });

  it("is not a place alone", () => {
    expect(namesOf(read("吴中区与龟尾市在苏州市签署友好交流协议。"))).toEqual([null]);
  });
});
