import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { proposeSource } from "@/lib/source";
import { approveChange } from "@/lib/change-review";
import { emptySource, type SourceInput } from "@/lib/source-schema";

const editor = { id: "", role: "EDITOR" as const };
const reviewer = { id: "", role: "REVIEWER" as const };

beforeAll(async () => {
  editor.id = (await prisma.user.create({ data: { email: "e@test", name: "Editor", passwordHash: "x", role: "EDITOR" } })).id;
  reviewer.id = (await prisma.user.create({ data: { email: "r@test", name: "Reviewer", passwordHash: "x", role: "REVIEWER" } })).id;
});

const licheng: SourceInput = {
  ...emptySource,
  url: "https://www.china.org.cn/licheng-gangnam.htm?utm_source=wechat",
  title: "Licheng and Gangnam deepen exchanges",
  publisher: "China.org.cn",
  publishedOn: "2025-04-18",
  snapshot: "Licheng District and Gangnam District officially became sister cities in 2007.",
};

describe("registering a source", () => {
  it("proposes a new source for review, then publishes it with a normalised address and a hash", async () => {
    const proposal = await proposeSource(editor, licheng);
    expect(proposal).toEqual({ ok: true, data: { changeId: expect.any(String) } });
    expect(await prisma.source.count()).toBe(0);
    const changeId = proposal.ok && proposal.data && "changeId" in proposal.data ? proposal.data.changeId : "";
    expect((await approveChange(reviewer, changeId, "all", { seenRevision: 1 })).ok).toBe(true);
    const source = await prisma.source.findFirstOrThrow();
    expect(source).toMatchObject({ url: "https://china.org.cn/licheng-gangnam.htm", publishedOn: "2025-04-18", title: licheng.title });
    expect(source.snapshotHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("resolves the same address, however spelled, to the one source", async () => {
    const again = await proposeSource(editor, { ...licheng, url: "http://china.org.cn/licheng-gangnam.htm#top", snapshot: "Other text entirely, long enough." });
    expect(again).toEqual({ ok: true, data: { existing: { id: expect.any(String), title: licheng.title, isPending: false } } });
    expect(await prisma.changeRequest.count({ where: { title: { startsWith: "New source" } } })).toBe(1);
  });

  it("resolves the same text pasted without an address to the one source", async () => {
    const again = await proposeSource(editor, { ...licheng, url: "", snapshot: `  ${licheng.snapshot.replace(" ", "\n")}  ` });
    expect(again.ok && again.data && "existing" in again.data).toBe(true);
  });

  it("points to a proposal still awaiting review instead of proposing the source twice", async () => {
    const jiangsu = { ...licheng, url: "https://example.org/jiangsu-delegation", title: "Jiangsu delegation", snapshot: "From June 19 to 20, a delegation from Jiangsu Province paid a study visit." };
    const first = await proposeSource(editor, jiangsu);
    expect(first.ok && first.data && "changeId" in first.data).toBe(true);
    const second = await proposeSource(editor, { ...jiangsu, url: "https://EXAMPLE.org/jiangsu-delegation/" });
    expect(second).toEqual({ ok: true, data: { existing: { id: expect.any(String), title: "Jiangsu delegation", isPending: true } } });
  });

  it("lets a removed source's address be registered again, keeping the removed one's history", async () => {
    const url = "https://example.org/removed-report";
    const removed = await prisma.source.create({ data: { url, title: "Removed", snapshot: "Old text of the removed report.", snapshotHash: "old", retiredAt: new Date() } });
    const proposal = await proposeSource(editor, { ...licheng, url, title: "Re-registered", snapshot: "New text of the report, read again." });
    const changeId = proposal.ok && proposal.data && "changeId" in proposal.data ? proposal.data.changeId : "";
    expect(changeId).not.toBe("");
    expect((await approveChange(reviewer, changeId, "all", { seenRevision: 1 })).ok).toBe(true);
    expect(await prisma.source.findFirstOrThrow({ where: { url } })).toMatchObject({ title: "Re-registered", retiredAt: null });
    expect(await prisma.source.findUniqueOrThrow({ where: { id: removed.id } })).toMatchObject({ url: null, title: "Removed" });
  });
});
