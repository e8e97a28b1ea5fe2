import { describe, expect, it } from "vitest";
import { normalizeSourceUrl, snapshotHash } from "@/lib/source-text";

describe("normalizeSourceUrl", () => {
  it("treats the spellings of one address as one", () => {
    const canonical = normalizeSourceUrl("https://china.org.cn/news/2025-04/18/content.htm");
    for (const url of [
      "http://www.China.org.cn/news/2025-04/18/content.htm",
      "https://china.org.cn/news/2025-04/18/content.htm#comments",
      "https://china.org.cn/news/2025-04/18/content.htm?utm_source=wechat&utm_medium=share",
    ]) {
      expect(normalizeSourceUrl(url), url).toBe(canonical);
    }
  });

  it("keeps the parameters that choose the page", () => {
    expect(normalizeSourceUrl("https://example.org/view?id=12")).not.toBe(normalizeSourceUrl("https://example.org/view?id=13"));
  });
});

describe("snapshotHash", () => {
  it("is the same for the same text pasted with different spacing or full-width characters", () => {
    expect(snapshotHash("Licheng and Gangnam,  since 2007.\n")).toBe(snapshotHash("Licheng and Gangnam, since ２００７."));
  });

  it("differs for different text", () => {
    expect(snapshotHash("since 2007")).not.toBe(snapshotHash("since 2008"));
  });
});
