import { describe, expect, it } from "vitest";
import { anchorQuote, countOccurrences, foldForMatching } from "@/lib/quote-anchor";

const english = "Licheng District and Gangnam District officially became sister cities in 2007. Over the years, exchanges grew.";
const chinese = "历城区与江南区于2007年结为友好合作城市,结好18年来,两区通过多次互访。";

describe("anchorQuote", () => {
  it("anchors an exact quote with its offsets and context", () => {
    const anchor = anchorQuote(english, "officially became sister cities in 2007");
    expect(anchor).not.toBeNull();
    expect(english.slice(anchor!.start, anchor!.end)).toBe("officially became sister cities in 2007");
    expect(anchor!.prefix.endsWith("Gangnam District ")).toBe(true);
    expect(anchor!.suffix.startsWith(". Over")).toBe(true);
  });

  it("forgives white space that differs from the source", () => {
    const anchor = anchorQuote(english, "officially  became\nsister   cities in 2007");
    expect(anchor?.exact).toBe("officially became sister cities in 2007");
  });

  it("matches full-width letters and digits against half-width ones, both ways", () => {
    expect(anchorQuote(english, "ｓｉｓｔｅｒ ｃｉｔｉｅｓ ｉｎ ２００７")?.exact).toBe("sister cities in 2007");
    const fullWidthSource = "両市は２００７年に友好都市となった。";
    expect(anchorQuote(fullWidthSource, "2007年に友好都市")?.exact).toBe("２００７年に友好都市");
  });

  it("matches curly and straight quotation marks alike", () => {
    expect(anchorQuote("signed the “Sisterhood Agreement” at Dodamso", '"Sisterhood Agreement"')?.exact).toBe("“Sisterhood Agreement”");
  });

  it("finds Chinese, Japanese and Korean passages, also across a line break pasted into them", () => {
    expect(anchorQuote(chinese, "历城区与江南区于2007年结为友好合作城市")?.start).toBe(0);
    expect(anchorQuote(chinese, "结为友好\n合作城市")?.exact).toBe("结为友好合作城市");
    expect(anchorQuote("福岡県と江蘇省は1992年に友好提携を結んだ。", "友好提携")?.exact).toBe("友好提携");
    expect(anchorQuote("경기도와 장쑤성이 자매결연을 맺었다.", "자매결연을 맺었다")?.exact).toBe("자매결연을 맺었다");
  });

  it("tells apart a quote that occurs twice by the prefix and suffix recorded with it", () => {
    const text = "In 2011 Jiangsu signed a friendship agreement. In 2024 Gyeonggi signed a friendship agreement again.";
    expect(countOccurrences(text, "signed a friendship agreement")).toBe(2);
    const second = anchorQuote(text, "signed a friendship agreement", { prefix: "2024 Gyeonggi ", suffix: " again" });
    expect(second?.start).toBe(text.lastIndexOf("signed a friendship agreement"));
    const first = anchorQuote(text, "signed a friendship agreement", { prefix: "2011 Jiangsu " });
    expect(first?.start).toBe(text.indexOf("signed a friendship agreement"));
  });

  it("returns nothing for a quote the source does not contain", () => {
    expect(anchorQuote(english, "became sister cities in 2008")).toBeNull();
    expect(anchorQuote(chinese, "友好城市于2007年")).toBeNull();
    expect(anchorQuote(english, "   ")).toBeNull();
  });

  it("does not loosen the words: letters' case still counts", () => {
    expect(anchorQuote(english, "OFFICIALLY became")).toBeNull();
  });
});

describe("foldForMatching", () => {
  it("folds compatibility forms, spaces and line breaks", () => {
    expect(foldForMatching("  Ａｂｃ \n  def ")).toBe("Abc def");
    expect(foldForMatching("江 苏\n省")).toBe("江苏省");
  });
});
