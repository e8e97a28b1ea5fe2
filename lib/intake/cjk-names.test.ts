import { describe, expect, it } from "vitest";
import { analyseArticle } from "@/lib/intake/analyse";
import type { MentionKind } from "@/lib/intake/types";

// Texts written for these tests, read with no record known: every name must be found from
// the words around it. The places and people are made up or common; none is from the
// shared articles.
function found(text: string, kind: MentionKind): string[] {
  return analyseArticle(text, { articleDate: "2024-06-01" })
    .entities.filter((e) => e.kind === kind)
    .map((e) => e.name);
}

function titled(text: string): [string, string | undefined][] {
  return analyseArticle(text, { articleDate: "2024-06-01" })
    .entities.filter((e) => e.kind === "person")
    .map((e) => [e.name, e.positions[0]?.title]);
}

describe("Chinese place names", () => {
  it("start after the verb of travel before them, however long the name", () => {
    const text = "5月10日，青松市市长张建国率团访问了中区，并前往白云县考察。代表团抵达松山区后，来到和平区参观。";
    expect(found(text, "place")).toEqual(["青松市", "中区", "白云县", "松山区", "和平区"]);
  });

  it("split where one place is written inside another, and after a country", () => {
    expect(found("仁川广域市中区与韩国江原道结为友好城市。", "place")).toEqual(["仁川广域市", "中区", "South Korea", "江原道"]);
  });

  it("are not made of common nouns that end like them", () => {
    expect(found("据报道，贫困山区修建道路，两市于2015年结为友好城市。", "place")).toEqual([]);
  });
});

describe("Chinese people's names", () => {
  it("after a title run as long as the verb after them allows", () => {
    expect(titled("市长朴民浩访问了中区。副市长王明访问青松市。")).toEqual([
      ["朴民浩", "市长"],
      ["王明", "副市长"],
    ]);
  });

  it("before a title start with a family name, the longest known first", () => {
    expect(titled("区长王明与朴民浩会长举行会谈，欧阳明远书记出席。")).toEqual([
      ["王明", "区长"],
      ["朴民浩", "会长"],
      ["欧阳明远", "书记"],
    ]);
  });

  it("are not a place's name before its mayor's title", () => {
    expect(titled("黄石市长表示欢迎。石家庄市长李明浩会见了代表团。")).toEqual([["李明浩", "石家庄市长"]]);
  });
});

describe("Japanese names", () => {
  it("stand between kana before a title or 氏, and a place ends at its particle", () => {
    const text = "田中一郎知事は5月に青森市を訪問し、鈴木花子副知事も同行した。北海道の山田氏とも会談した。";
    expect(titled(text)).toEqual([
      ["田中一郎", "知事"],
      ["鈴木花子", "副知事"],
      ["山田", undefined],
    ]);
    expect(found(text, "place")).toEqual(["青森市", "北海道"]);
  });

  it("are not a city's name before its mayor's title", () => {
    expect(found("横浜市長と会談した。", "person")).toEqual([]);
  });
});

describe("Korean names", () => {
  const text =
    "홍길동 시장은 5월 3일 부산광역시 해운대구를 방문했다. 김민수 도지사와 만났다. 시장 이영희는 충청북도 청주시를 찾았다. 남궁민수 회장도 함께했다.";

  it("are found whole in Hangul, before or after a title with its particle", () => {
    expect(titled(text)).toEqual([
      ["홍길동", "시장"],
      ["김민수", "도지사"],
      ["이영희", "시장"],
      ["남궁민수", "회장"],
    ]);
  });

  it("of places end at their particle", () => {
    expect(found(text, "place")).toEqual(["부산광역시", "해운대구", "충청북도", "청주시"]);
  });

  it("are not common words ending like a name or a title", () => {
    const plain = "전통 시장도 둘러봤다. 양 도시는 자매도시 협정을 맺었다. 공동연구를 실시했다.";
    expect([...found(plain, "person"), ...found(plain, "place")]).toEqual([]);
  });

  it("of two syllables are found where the report also calls the person by family name and title", () => {
    expect(titled("김구 지사는 5월 3일 청주시를 방문했다. 김 지사는 협약을 맺었다.")).toEqual([["김구", "지사"]]);
    expect(titled("도지사 서하는 청주시를 찾았다. 서 지사는 말했다.")).toEqual([["서하", "도지사"]]);
  });

  it("of two syllables end before the particle 은 or 이 where the report writes the name without it", () => {
    expect(titled("시장 이준은 5월 3일 청주시를 찾았다. 이준 시장은 협약을 맺었다.")).toEqual([["이준", "시장"]]);
    // A name that ends in 은 is kept whole: the report never writes it shorter.
    expect(titled("도지사 김지은은 5월 3일 청주시를 찾았다. 김 지사는 말했다.")).toEqual([["김지은", "도지사"]]);
    expect(titled("시장 정지은 5월 3일 청주시를 찾았다.")).toEqual([["정지은", "시장"]]);
  });

  it("of two syllables are not a place before its mayor's title, nor a word after a title", () => {
    expect(found("김해 시장은 김해시 대표단을 맞았다. 김 시장은 말했다.", "person")).toEqual([]);
    expect(found("시장 선거를 앞두고 구청장 선거와 함께 열린다.", "person")).toEqual([]);
  });
});

describe("reading time", () => {
  it("stays under a second for a long Chinese article", () => {
    const paragraph = "5月10日，青松市市长张建国率团访问了中区，并前往白云县考察。区长王明与朴民浩会长举行会谈。";
    const text = Array.from({ length: 120 }, () => paragraph).join("\n");
    const started = performance.now();
    analyseArticle(text, { articleDate: "2024-06-01" });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
