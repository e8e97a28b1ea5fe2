import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { proposeSource, proposeSourceEdit } from "@/lib/source";
import { approveChange, returnChange } from "@/lib/change-review";
import { emptySource, type SourceInput } from "@/lib/source-schema";

const editor = { id: "", role: "EDITOR" as const };
const reviewer = { id: "", role: "REVIEWER" as const };

beforeAll(async () => {
  editor.id = (await createTestUser("EDITOR", "editor")).id;
  reviewer.id = (await createTestUser("REVIEWER", "reviewer")).id;
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
    const again = await proposeSource(editor, {
      ...licheng,
      url: "http://china.org.cn/licheng-gangnam.htm#top",
      snapshot: "Other text entirely, long enough.",
    });
    expect(again).toEqual({ ok: true, data: { existing: { id: expect.any(String), title: licheng.title, isPending: false } } });
    expect(await prisma.changeRequest.count({ where: { title: { startsWith: "New source" } } })).toBe(1);
  });

  it("resolves the same text pasted without an address to the one source", async () => {
    const again = await proposeSource(editor, { ...licheng, url: "", snapshot: `  ${licheng.snapshot.replace(" ", "\n")}  ` });
    expect(again.ok && again.data && "existing" in again.data).toBe(true);
  });

  it("points to a proposal still awaiting review instead of proposing the source twice", async () => {
    const jiangsu = {
      ...licheng,
      url: "https://example.org/jiangsu-delegation",
      title: "Jiangsu delegation",
      snapshot: "From June 19 to 20, a delegation from Jiangsu Province paid a study visit.",
    };
    const first = await proposeSource(editor, jiangsu);
    expect(first.ok && first.data && "changeId" in first.data).toBe(true);
    const second = await proposeSource(editor, { ...jiangsu, url: "https://EXAMPLE.org/jiangsu-delegation/" });
    expect(second).toEqual({ ok: true, data: { existing: { id: expect.any(String), title: "Jiangsu delegation", isPending: true } } });
  });

  it("lets a removed source's address be registered again, keeping the removed one's history", async () => {
    const url = "https://example.org/removed-report";
    const removed = await prisma.source.create({
      data: { url, title: "Removed", snapshot: "Old text of the removed report.", snapshotHash: "old", retiredAt: new Date() },
    });
    const proposal = await proposeSource(editor, {
      ...licheng,
      url,
      title: "Re-registered",
      snapshot: "New text of the report, read again.",
    });
    const changeId = proposal.ok && proposal.data && "changeId" in proposal.data ? proposal.data.changeId : "";
    expect(changeId).not.toBe("");
    expect((await approveChange(reviewer, changeId, "all", { seenRevision: 1 })).ok).toBe(true);
    expect(await prisma.source.findFirstOrThrow({ where: { url } })).toMatchObject({ title: "Re-registered", retiredAt: null });
    expect(await prisma.source.findUniqueOrThrow({ where: { id: removed.id } })).toMatchObject({ url: null, title: "Removed" });
  });
});

describe("revising a source change", () => {
  const dalian = {
    ...licheng,
    url: "https://example.org/dalian-kitakyushu",
    title: "Dalian and Kitakyushu",
    snapshot: "Dalian and Kitakyushu became friendship cities in 1979.",
  };

  async function changeOf(proposal: Awaited<ReturnType<typeof proposeSource>>) {
    return proposal.ok && proposal.data && "changeId" in proposal.data ? proposal.data.changeId : "";
  }

  it("revises a returned new source in place, still a creation, with the new content", async () => {
    const changeId = await changeOf(await proposeSource(editor, dalian));
    expect((await returnChange(reviewer, changeId, { seenRevision: 1, comment: "Give the publisher" })).ok).toBe(true);
    expect(await proposeSource(editor, { ...dalian, publisher: "Kitakyushu City" }, changeId)).toEqual({ ok: true, data: { changeId } });
    const change = await prisma.changeRequest.findUniqueOrThrow({ where: { id: changeId }, include: { items: true } });
    expect(change).toMatchObject({ status: "SUBMITTED", revision: 2 });
    expect(change.items).toEqual([expect.objectContaining({ recordType: "SOURCE", operation: "CREATE", status: "PENDING" })]);
    expect(change.items[0].payload).toMatchObject({ publisher: "Kitakyushu City" });
  });

  it("does not take a change's own pending proposal for the source already registered", async () => {
    const qingdao = {
      ...dalian,
      url: "https://example.org/qingdao-shimonoseki",
      title: "Qingdao and Shimonoseki",
      snapshot: "Qingdao and Shimonoseki became friendship cities in 1979.",
    };
    const changeId = await changeOf(await proposeSource(editor, qingdao));
    expect(await proposeSource(editor, { ...qingdao, title: "Qingdao and Shimonoseki, 1979" }, changeId)).toEqual({
      ok: true,
      data: { changeId },
    });
    expect(await proposeSource(editor, qingdao)).toEqual({
      ok: true,
      data: { existing: { id: changeId, title: "Qingdao and Shimonoseki, 1979", isPending: true } },
    });
  });

  it("revises a returned correction in place, still an edit of the same source", async () => {
    const source = await prisma.source.create({
      data: { title: "Busan report", snapshot: "Busan and Fukuoka signed an agreement.", snapshotHash: "busan" },
    });
    const content = { ...emptySource, title: "Busan report", snapshot: "Busan and Fukuoka signed an agreement." };
    const first = await proposeSourceEdit(editor, source.id, { ...content, publisher: "Busan" });
    const changeId = first.ok ? first.data!.id : "";
    expect((await returnChange(reviewer, changeId, { seenRevision: 1, comment: "The publisher is Busan Metropolitan City" })).ok).toBe(
      true,
    );
    expect(await proposeSourceEdit(editor, source.id, { ...content, publisher: "Busan Metropolitan City" }, { changeId })).toEqual({
      ok: true,
      data: { id: changeId },
    });
    const change = await prisma.changeRequest.findUniqueOrThrow({ where: { id: changeId }, include: { items: true } });
    expect(change.items).toEqual([expect.objectContaining({ operation: "UPDATE", recordId: source.id, status: "PENDING" })]);
    expect(change.items[0].payload).toMatchObject({ publisher: "Busan Metropolitan City" });
  });
});

describe("a correction saved from a form opened before a colleague's correction was approved", () => {
  it("keeps the colleague's approved field and flags a field both changed, instead of undoing it", async () => {
    const approve = async (changeId: string) =>
      expect(await approveChange(reviewer, changeId, "all", { seenRevision: 1 })).toMatchObject({ ok: true });
    const editOf = (result: Awaited<ReturnType<typeof proposeSourceEdit>>) => (result.ok ? result.data!.id : "");
    const yangzhou: SourceInput = {
      ...emptySource,
      url: "https://example.org/yangzhou-nara",
      title: "Yangzhou and Nara",
      snapshot: "Yangzhou and Nara became friendship cities in 2010.",
    };
    const registered = await proposeSource(editor, yangzhou);
    await approve(registered.ok && registered.data && "changeId" in registered.data ? registered.data.changeId : "");
    const source = await prisma.source.findFirstOrThrow({ where: { title: "Yangzhou and Nara" } });
    const opened = { baseVersion: source.version };

    await approve(editOf(await proposeSourceEdit(editor, source.id, { ...yangzhou, publishedOn: "2010-10", publisher: "Nara City" })));
    const late = await proposeSourceEdit(
      editor,
      source.id,
      { ...yangzhou, title: "Yangzhou–Nara ties", publisher: "Nara Shimbun" },
      opened,
    );

    const change = await prisma.changeRequest.findUniqueOrThrow({
      where: { id: editOf(late) },
      include: { items: true, comments: true },
    });
    expect(change.items[0]).toMatchObject({
      baseVersion: source.version + 1,
      payload: { publishedOn: "2010-10", publisher: "Nara Shimbun", title: "Yangzhou–Nara ties" },
    });
    expect(change.comments.map((comment) => [comment.field, comment.body])).toEqual([["publisher", expect.stringMatching(/^Out of date/)]]);
  });
});

describe("correcting a source whose text is longer than the form holds", () => {
  it("changes its details and keeps the stored text", async () => {
    const { FORM_TEXT_LIMIT } = await import("@/lib/source-schema");
    const snapshot = `Twin towns and sister cities. ${"Ayabe, Japan — Changshu, China. ".repeat(FORM_TEXT_LIMIT / 30)}`;
    const { id } = await prisma.source.create({ data: { title: "List of twin towns", snapshot, snapshotHash: "list", kind: "DIRECTORY" } });
    const { snapshot: _kept, ...details } = {
      ...emptySource,
      title: "List of twin towns and sister cities",
      kind: "DIRECTORY" as const,
      snapshot,
    };
    const proposal = await proposeSourceEdit(editor, id, details, { baseVersion: 1 });
    expect(proposal.ok).toBe(true);
    expect((await approveChange(reviewer, proposal.ok ? proposal.data!.id : "", "all", { seenRevision: 1 })).ok).toBe(true);
    const source = await prisma.source.findUniqueOrThrow({ where: { id } });
    expect(source).toMatchObject({ title: "List of twin towns and sister cities", version: 2 });
    expect(source.snapshot).toBe(snapshot.trim());
  });
});
