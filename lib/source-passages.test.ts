import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { sourceRecord } from "@/lib/source-record";
import type { SourceInput } from "@/lib/source-schema";
import { snapshotHash } from "@/lib/source-text";
import { findSourceWithin, passageKeyOf } from "@/lib/source-passages";

let count = 0;
const unique = (text: string) => `${text} (${++count}-${Date.now()})`;

// Registered as an approval registers it.
async function registerSource(snapshot: string, title = unique("Registered report")) {
  const content: SourceInput = { url: "", title, publisher: "", lang: "en", kind: "NEWS", publishedOn: "", accessedOn: "", snapshot };
  const id = await prisma.$transaction((tx) => sourceRecord.create(tx, content));
  return { id, title };
}

// Stored before sources were keyed (the demo data, older databases).
async function storeUnkeyedSource(snapshot: string) {
  return prisma.source.create({ data: { title: unique("Older report"), snapshot, snapshotHash: snapshotHash(snapshot) } });
}

const visit = (city: string) => [
  `On October 14, the Mayor of ${city} led a delegation of officials and business leaders to Wujin District.`,
  `${city} and Wujin District became friendship cities in 2016, and have exchanged students every year since.`,
];

describe("finding the registered source an article holds", () => {
  it("finds a source registered with excerpts in the whole article pasted, its lines folded differently", async () => {
    const city = unique("Gyeryong");
    const source = await registerSource(visit(city).join("\n…\n"));
    const article = ["Wujin welcomes a delegation", ...visit(city).map((line) => line.replace(/ /g, "  ")), "The talks went well."].join(
      "\n\n",
    );

    expect(await findSourceWithin(article)).toEqual({ id: source.id, title: source.title, isPending: false });
  });

  it("finds nothing in an article that holds only some of a source's passages", async () => {
    const city = unique("Boryeong");
    await registerSource(visit(city).join("\n…\n"));

    expect(await findSourceWithin(["A different story.", visit(city)[0], "Nothing else."].join("\n"))).toBeNull();
  });

  it("finds a source stored before keys were kept, and keys it for the next time", async () => {
    const city = unique("Nonsan");
    const older = await storeUnkeyedSource(visit(city).join("\n"));
    const article = visit(city).join(" ");

    expect((await findSourceWithin(article))?.id).toBe(older.id);
    expect(await prisma.sourcePassageKey.findUnique({ where: { sourceId: older.id } })).toEqual({
      sourceId: older.id,
      key: passageKeyOf(older.snapshot),
    });
    expect((await findSourceWithin(article))?.id).toBe(older.id);
  });

  it("finds a source again after its text is corrected, by its new passages", async () => {
    const city = unique("Gongju");
    const visited = `On October 14, the Mayor of ${city} led a delegation of officials and business leaders to Wujin District for three days.`;
    const twinned = `${city} and Wujin District became friendship cities in 2016.`;
    const opened = `In 2024 ${city} opened a trade office in Changzhou to serve companies from both sides of the sea.`;
    const source = await registerSource([visited, twinned].join("\n"));
    const content: SourceInput = {
      url: "",
      title: source.title,
      publisher: "",
      lang: "en",
      kind: "NEWS",
      publishedOn: "",
      accessedOn: "",
      snapshot: [opened, twinned].join("\n"),
    };
    await prisma.$transaction((tx) => sourceRecord.update(tx, source.id, content));

    expect((await findSourceWithin(`Trade news\n${opened}\n${twinned}`))?.id).toBe(source.id);
  });

  // The index is what spares reading every registered text for each article.
  it("reads a keyed source only when the article holds its key", async () => {
    const city = unique("Seosan");
    const source = await registerSource(visit(city).join("\n"));
    await prisma.sourcePassageKey.update({ where: { sourceId: source.id }, data: { key: "a key in no article at all" } });

    expect(await findSourceWithin(visit(city).join("\n"))).toBeNull();
  });

  it("finds a source of many short lines, which has no key to be found by", async () => {
    const lines = Array.from({ length: 8 }, (_, i) => `Item ${i + 1}: ${unique("gift")}`.slice(0, 22));
    const source = await registerSource(lines.join("\n"));
    expect(passageKeyOf(lines.join("\n"))).toBe("");

    expect((await findSourceWithin(["Gifts exchanged:", ...lines].join("\n")))?.id).toBe(source.id);
  });

  it("finds a Chinese source in the article pasted with other spacing", async () => {
    const n = unique("");
    const passages = [
      `10月14日，韩国鸡龙市市长率代表团访问武进区${n}，双方就教育、旅游等领域的交流合作进行了深入交流。`,
      `武进区与鸡龙市于2016年缔结友好城市关系，此后每年互派学生${n}开展交流活动，合作成果丰硕。`,
    ];
    const source = await registerSource(passages.join("\n"));

    expect((await findSourceWithin(`武进新闻\n${passages[0]} ${passages[1]}\n（完）`))?.id).toBe(source.id);
  });
});
