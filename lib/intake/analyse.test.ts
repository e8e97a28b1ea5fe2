import { describe, expect, it } from "vitest";
import { analyseArticle } from "@/lib/intake/analyse";
import type { Analysis, KnownRecord } from "@/lib/intake/types";

// Texts written for these tests: the analysis has never seen them, and they name nobody
// from the shared articles.
const REPORT = [
  "Shimonoseki and Qingdao Renew Their Friendship",
  "On March 3, Mayor Ichiro Tanaka of Shimonoseki City led a delegation from Shimonoseki City to Qingdao City and Yantai City.",
  "Qingdao City and Shimonoseki City became friendship cities in 1979.",
  "In 2019, on the occasion of the 40th anniversary of the friendship between the two cities, they signed a memorandum of understanding on tourism.",
  "More than 1,200 students from the two cities have taken part in exchanges since then.",
].join("\n");

const nameOf = (analysis: Analysis, index: number | null) => (index === null ? null : analysis.entities[index].name);

describe("analyseArticle on an unseen report", () => {
  const analysis = analyseArticle(REPORT, { articleDate: "2025-04-01" });

  it("finds the tie, its start year and the anniversary that implies it", () => {
    const tie = analysis.ties.find(
      (t) =>
        t.places
          .map((p) => nameOf(analysis, p))
          .sort()
          .join("|") === "Qingdao City|Shimonoseki City",
    );
    expect(tie?.statements.map((s) => [s.kind, s.date?.value ?? null])).toContainEqual(["FRIENDSHIP", "1979"]);
    const anniversary = tie?.statements.find((s) => s.impliedStart);
    expect(anniversary?.impliedStart).toEqual({ value: "1979", reason: "40th anniversary in 2019" });
    // 2019 is the anniversary's year, not a date of the tie.
    expect(anniversary?.date).toBeUndefined();
    expect(anniversary?.evidence.exact).toContain("2019, on the occasion of the 40th anniversary");
  });

  it("finds the delegation: its leader with his title, where from, its stops in order, its inferred date", () => {
    const [delegation] = analysis.delegations;
    expect(nameOf(analysis, delegation.leader)).toBe("Ichiro Tanaka");
    expect(nameOf(analysis, delegation.from)).toBe("Shimonoseki City");
    expect(delegation.stops.map((s) => nameOf(analysis, s))).toEqual(["Qingdao City", "Yantai City"]);
    expect(delegation.beganEarlier).toBe(false);
    expect(delegation.date).toMatchObject({
      value: "2025-03-03",
      notation: "March 3",
      inferredReason: "year from the article's date (2025-04-01)",
    });
    const leader = analysis.entities[delegation.leader!];
    expect(leader.positions[0].title).toBe("Mayor");
  });

  // Its own dates name a later leg: the visit began before them, on a day not given.
  it("dates a visit told stop by stop by its last leg only as its end", () => {
    const legs = analyseArticle(
      [
        "Kitakyushu Delegation Visits China and Korea",
        "Mayor Kenji Sato of Kitakyushu City led a delegation from Kitakyushu City to China and South Korea.",
        "The first stop of the delegation was Dalian City, where it toured the port.",
        "From October 14 to 15, a delegation from Kitakyushu City paid a visit to South Korea and met officials of Incheon City.",
      ].join("\n"),
      { articleDate: "2025-10-20" },
    );
    const [visit] = legs.delegations;
    expect(visit.stops.map((s) => nameOf(legs, s))).toEqual(["Dalian City", "Incheon City"]);
    expect(visit).toMatchObject({ beganEarlier: true, end: "2025-10-15", date: { value: "2025-10-14" } });
  });

  it("reads a Chinese or Korean span of days to its last day", () => {
    for (const [dated, notation] of [
      ["6月19日至20日，代表团访问韩国京畿道。", "6月19日至20日"],
      ["6월 19일부터 20일까지 대표단이 경기도를 방문했다.", "6월 19일부터 20일까지"],
    ]) {
      const { dates } = analyseArticle(`Report\n${dated}`, { articleDate: "2025-07-01" });
      expect(dates[0]).toMatchObject({ value: "2025-06-19", endValue: "2025-06-20", notation });
    }
  });

  it("dates a visit from the day it first names its stop again, whatever it named before", () => {
    const again = analyseArticle(
      "Report\nMayor Ichiro Tanaka of Shimonoseki City led a delegation to Qingdao City. On March 3, the delegation met officials of Qingdao City.",
      { articleDate: "2025-04-01" },
    );
    expect(again.delegations[0]).toMatchObject({ beganEarlier: false, date: { value: "2025-03-03" } });
  });

  it("finds the agreement and the figure with its qualifier", () => {
    expect(analysis.agreements.map((a) => [a.kind, a.date?.value])).toContainEqual(["MEMORANDUM_OF_UNDERSTANDING", "2019"]);
    expect(analysis.figures).toContainEqual(expect.objectContaining({ count: 1200, qualifier: "More than" }));
  });

  it("anchors every suggestion's evidence in the text like a citation", () => {
    const evidence = [...analysis.ties.flatMap((t) => t.statements.map((s) => s.evidence)), ...analysis.agreements.map((a) => a.evidence)];
    for (const anchor of evidence) {
      expect(REPORT.slice(anchor.start, anchor.end)).toBe(anchor.exact);
      expect(REPORT.slice(0, anchor.start).endsWith(anchor.prefix)).toBe(true);
    }
    const tie = analysis.ties[0].statements.find((s) => s.date?.value === "1979")!;
    expect(tie.evidence.exact).toBe("Qingdao City and Shimonoseki City became friendship cities in 1979");
  });
});

describe("a district and the city it belongs to", () => {
  const text =
    "On May 3, officials of Weihai's Huancui District travelled with a Weihai delegation to Jung District. The two districts became friendship cities in 2010.";
  const analysis = analyseArticle(text, { articleDate: "2024-05-01" });
  const names = (indexes: number[]) => indexes.map((i) => nameOf(analysis, i));

  it("are no tie's two sides: the two districts are", () => {
    expect(analysis.ties.map((tie) => names(tie.places))).toEqual([["Huancui District", "Jung District"]]);
  });

  it("is where the city's delegation comes from, not one of its stops", () => {
    expect(analysis.delegations.map((d) => [nameOf(analysis, d.from), names(d.stops)])).toEqual([["Weihai", ["Jung District"]]]);
  });
});

describe("dates", () => {
  it("takes a month and day with no year from the article's date, the year before when it would lie after it", () => {
    const { dates } = analyseArticle("The forum opened on December 12 and closed on January 5.", { articleDate: "2025-01-20" });
    expect(dates.map((d) => [d.value, d.inferredReason])).toEqual([
      ["2024-12-12", "year from the article's date (2025-01-20)"],
      ["2025-01-05", "year from the article's date (2025-01-20)"],
    ]);
  });

  it("reads Chinese, Japanese and Korean dates at their precision", () => {
    const { dates } = analyseArticle("2018年7月，两市签约。令和5年10月2日に訪問。5월 8일 방문.", { articleDate: "2024-06-01" });
    expect(dates.map((d) => [d.value, d.precision])).toEqual([
      ["2018-07", "month"],
      ["2023-10-02", "day"],
      ["2024-05-08", "day"],
    ]);
  });

  it("keeps a relative date relative to the article, and says so", () => {
    const [date] = analyseArticle("In May last year the two cities met.", { articleDate: "2024-06" }).dates;
    expect(date).toMatchObject({ value: "2023-05", precision: "month" });
    expect(date.inferredReason).toContain("last year");
  });
});

describe("names of known records", () => {
  const record = (kind: KnownRecord["kind"], id: string, name: string, names: KnownRecord["names"]): KnownRecord => ({
    kind,
    id,
    name,
    names,
    country: null,
    level: kind === "place" ? "CITY" : null,
    parentId: null,
    isPending: false,
  });
  const records = [
    record("person", "p1", "Choi Min-ho", [{ text: "최민호", lang: "ko" }]),
    record("place", "c1", "Okayama", [{ text: "岡山市", lang: "ja" }]),
    record("organisation", "o1", "Pacific Trade Office", [{ text: "PTO", lang: "en" }]),
  ];

  it("meets a record under any of its names and spellings", () => {
    const text = "Min-ho Choi visited 冈山市 and 岡山 with the PTO. Later, Okayama City welcomed him.";
    const { mentions } = analyseArticle(text, { records, articleDate: "2024-01-01" });
    expect(mentions.filter((m) => m.recordIds.length).map((m) => [m.text, m.recordIds[0]])).toEqual([
      ["Min-ho Choi", "p1"],
      ["冈山市", "c1"],
      ["岡山", "c1"],
      ["PTO", "o1"],
      ["Okayama City", "c1"],
    ]);
  });

  it("finds people no record holds by the titles next to their names, in Chinese too", () => {
    const text = "副市长王明率团访问。Deputy Governor Sato Kenji met Lee Jae-won, Director of the Harbour Bureau.";
    const people = analyseArticle(text, { articleDate: "2024-01-01" }).entities.filter((e) => e.kind === "person");
    expect(people.map((p) => [p.name, p.positions[0]?.title])).toEqual([
      ["王明", "副市长"],
      ["Sato Kenji", "Deputy Governor"],
      ["Lee Jae-won", "Director of the Harbour Bureau"],
    ]);
  });
});

describe("a tie and the agreement that made it", () => {
  const statementsOf = (analysis: Analysis) => analysis.ties.flatMap((tie) => tie.statements);

  it("are one event when both places sign it in the sentence that ties them", () => {
    const text = "On October 3, Xiaoshan District and Gongju City signed a sisterhood agreement, becoming sister cities.";
    const analysis = analyseArticle(text, { articleDate: "2025-11-01" });
    expect(analysis.agreements.map((a) => a.kind)).toEqual(["SISTERHOOD_AGREEMENT"]);
    expect(statementsOf(analysis).map((s) => s.agreement)).toEqual([0]);
  });

  it("are not when the signing marks an anniversary of the tie", () => {
    const analysis = analyseArticle(REPORT, { articleDate: "2025-04-01" });
    expect(analysis.agreements).not.toEqual([]);
    expect(statementsOf(analysis).filter((s) => s.agreement !== undefined)).toEqual([]);
  });
});
