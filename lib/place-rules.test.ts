import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { approveChange } from "@/lib/change-review";
import { createChange } from "@/lib/change-request";
import { proposePlace, proposePlaceMerge, proposePlaceRemoval } from "@/lib/place";
import { indexRecordNames } from "@/lib/search-index";
import type { PlaceInput } from "@/lib/place-schema";
import type { Role } from "@/lib/generated/prisma/enums";

// Rules proposals pass one by one but break once another change is approved: each is
// proposed while it still holds, then re-checked by the approval's transaction.

type Actor = { id: string; role: Role };
let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  editor = await createTestUser("EDITOR", "editor");
  reviewer = await createTestUser("REVIEWER", "reviewer");
});

const place = (name: string, extra: Partial<PlaceInput> = {}): PlaceInput => ({
  name,
  country: "CN",
  level: "CITY",
  parentId: null,
  names: [],
  latitude: null,
  longitude: null,
  summary: "",
  ...extra,
});

async function propose(input: PlaceInput, placeId?: string) {
  const result = await proposePlace(editor, input, { placeId }, true);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data!.id;
}

const approve = (changeId: string) => approveChange(reviewer, changeId, "all", { seenRevision: 1 });

async function published(input: PlaceInput) {
  const approved = await approve(await propose(input));
  if (!approved.ok) throw new Error(approved.formError);
  return prisma.place.findFirstOrThrow({ where: { name: input.name, retiredAt: null }, orderBy: { createdAt: "desc" } });
}

const idOf = (result: { ok: boolean; data?: { id: string } }) => {
  if (!result.ok || !result.data) throw new Error(JSON.stringify(result));
  return result.data.id;
};

describe("a duplicate place", () => {
  it("is refused at the second approval of two pending proposals, naming the place already recorded", async () => {
    const first = await propose(place("Twin Town"));
    const second = await propose(place("Twin Town"));
    expect((await approve(first)).ok).toBe(true);
    const twin = await prisma.place.findFirstOrThrow({ where: { name: "Twin Town" } });
    expect(await approve(second)).toEqual({ ok: false, formError: expect.stringContaining(`Twin Town (/places/${twin.slug})`) });
    expect(await prisma.place.count({ where: { name: "Twin Town" } })).toBe(1);
    expect((await prisma.changeRequest.findUniqueOrThrow({ where: { id: second } })).status).toBe("SUBMITTED");
  });

  it("is recognised by its search keys, whatever the spelling, tone marks or a trailing “City”", async () => {
    const plain = await propose(place("Yangzhou"));
    const spelled = await propose(place("Yángzhōu City"));
    expect((await approve(plain)).ok).toBe(true);
    expect(await approve(spelled)).toEqual({ ok: false, formError: expect.stringMatching(/^Yangzhou \(\/places\/yangzhou\)/) });
  });

  it("is another place when the country or parent differs", async () => {
    const beijing = await published(place("Beijing", { level: "MUNICIPALITY" }));
    const changchun = await published(place("Changchun", { level: "SUB_PROVINCIAL_CITY" }));
    await published(place("Chaoyang District", { level: "DISTRICT", parentId: beijing.id }));
    await published(place("Chaoyang District", { level: "DISTRICT", parentId: changchun.id }));
    await published(place("Twin Town", { country: "KR" }));
    expect(await prisma.place.count({ where: { name: "Chaoyang District" } })).toBe(2);
  });

  it("refuses an edit renaming a place into one already recorded, but not an edit leaving name and position", async () => {
    const north = await published(place("Kaifeng North"));
    // Proposed before Kaifeng was published, so only approval can see the clash.
    const rename = await propose(place("Kaifeng City"), north.id);
    const kaifeng = await published(place("Kaifeng"));
    const summary = await propose(place("Kaifeng", { summary: "Ancient capital" }), kaifeng.id);
    expect(await approve(rename)).toEqual({ ok: false, formError: expect.stringMatching(/^Kaifeng \(/) });
    // A duplicate from before these rules: an edit that leaves the name alone still passes.
    const legacy = await prisma.place.create({ data: { slug: "kaifeng-legacy", name: "Kaifeng", country: "CN", level: "CITY" } });
    await indexRecordNames(prisma, "PLACE", legacy.id);
    expect((await approve(summary)).ok).toBe(true);
  });
});

describe("the parent", () => {
  it("must still be published when the change is approved", async () => {
    const province = await published(place("Removed Province", { level: "PROVINCE" }));
    const child = await propose(place("Orphan City", { parentId: province.id }));
    expect((await approve(idOf(await proposePlaceRemoval(editor, province.id, "Never existed")))).ok).toBe(true);
    expect(await approve(child)).toEqual({ ok: false, formError: expect.stringMatching(/Removed Province.*was removed since/) });
    expect(await prisma.place.count({ where: { name: "Orphan City" } })).toBe(0);
  });

  it("is never one of the place's own parts: two crossed moves cannot both be approved", async () => {
    const upper = await published(place("Upper", { level: "PROVINCE" }));
    const lower = await published(place("Lower", { level: "PROVINCE" }));
    const upperUnderLower = await propose(place("Upper", { level: "PROVINCE", parentId: lower.id }), upper.id);
    const lowerUnderUpper = await propose(place("Lower", { level: "PROVINCE", parentId: upper.id }), lower.id);
    expect((await approve(upperUnderLower)).ok).toBe(true);
    expect(await approve(lowerUnderUpper)).toEqual({
      ok: false,
      formError: "Lower cannot be part of Upper: Upper is itself part of Lower.",
    });
    expect(await prisma.place.findUniqueOrThrow({ where: { id: lower.id } })).toMatchObject({ parentId: null });
  });

  it("is not removed while a place approved since is part of it", async () => {
    const county = await published(place("Shrinking County", { level: "COUNTY" }));
    const removal = idOf(await proposePlaceRemoval(editor, county.id, "Abolished in 2020"));
    await published(place("New Town", { level: "TOWN", parentId: county.id }));
    expect(await approve(removal)).toEqual({ ok: false, formError: expect.stringMatching(/New Town/) });
    expect(await prisma.place.findUniqueOrThrow({ where: { id: county.id } })).toMatchObject({ retiredAt: null });
  });
});

describe("a merge", () => {
  it("never folds a place into one of its own parts", async () => {
    const whole = await published(place("Whole Prefecture", { level: "PREFECTURE" }));
    const part = await published(place("Part Ward", { level: "DISTRICT", parentId: whole.id }));
    const merge = idOf(await proposePlaceMerge(editor, whole.id, part.id, "Same place, surely"));
    expect(await approve(merge)).toEqual({
      ok: false,
      formError: "Whole Prefecture cannot be merged into Part Ward, which is part of it.",
    });
    expect(await prisma.place.findUniqueOrThrow({ where: { id: whole.id } })).toMatchObject({ retiredAt: null });
  });

  it("never folds a place into one removed since it was proposed", async () => {
    const duplicate = await published(place("Duplicate Village", { level: "VILLAGE" }));
    const target = await published(place("Target Village", { level: "VILLAGE" }));
    const merge = idOf(await proposePlaceMerge(editor, duplicate.id, target.id, "Same village"));
    expect((await approve(idOf(await proposePlaceRemoval(editor, target.id, "Never existed")))).ok).toBe(true);
    expect(await approve(merge)).toEqual({ ok: false, formError: expect.stringMatching(/^Target Village was removed since/) });
  });

  it("never folds a place into itself, even when a forged change asks to", async () => {
    const self = await published(place("Selfsame", { level: "TOWN" }));
    const { id } = await createChange(editor, {
      title: "Merge into itself",
      submit: true,
      items: [
        { recordType: "PLACE", operation: "MERGE", recordId: self.id, mergeIntoId: self.id, baseVersion: 1, payload: place("Selfsame") },
      ],
    });
    expect(await approve(id)).toEqual({ ok: false, formError: "A place cannot be merged into itself." });
  });
});

describe("the slug of a new place", () => {
  it("never clashes with a slug already taken, so the approval never fails on it", async () => {
    for (const slug of ["clash", "clash-cn", "clash-4"])
      await prisma.place.create({ data: { slug, name: `Old ${slug}`, country: "CN", level: "PROVINCE", retiredAt: new Date() } });
    const first = await published(place("Clash"));
    const second = await published(place("Clash", { parentId: first.id, level: "DISTRICT" }));
    expect([first.slug, second.slug]).toEqual(["clash-cn-2", "clash-cn-3"]);
  });
});
