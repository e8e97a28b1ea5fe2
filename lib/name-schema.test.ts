import { describe, expect, it } from "vitest";
import { nameScriptWarning } from "@/lib/name-schema";

describe("a name's letters and its language", () => {
  it("says so when the letters cannot be of the language chosen", () => {
    expect(nameScriptWarning("경주", "zh-Hans")).toBe("Written in Hangul: is this Korean rather than Chinese (simplified)?");
    expect(nameScriptWarning("ソウル", "ko")).toBe("Written in kana: is this Japanese rather than Korean?");
    expect(nameScriptWarning("慶州", "ko-Latn")).toMatch(/^Written in Chinese characters, which Korean romanization does not use/);
    expect(nameScriptWarning("Gyeongju", "ko")).toBe("Written in Latin letters: is this English or a romanization rather than Korean?");
  });

  it("lets every script its languages write pass", () => {
    const fitting: [string, string][] = [
      ["江苏省", "zh-Hans"],
      ["江蘇省", "zh-Hant"],
      ["福岡県", "ja"],
      ["ふくおか", "ja"],
      ["경기도", "ko"],
      ["慶州", "ko"],
      ["SK그룹", "ko"],
      ["798艺术区", "zh-Hans"],
      ["Jiāngsū", "zh-Latn-pinyin"],
      ["Gyeonggi-do", "ko-Latn"],
      ["Fukuoka-ken", "ja-Latn"],
      ["Gyeonggi Province", "en"],
    ];
    for (const [text, lang] of fitting) expect(nameScriptWarning(text, lang), `${text} (${lang})`).toBeNull();
  });
});
