import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { nameKeyRowsOf } from "@/lib/search-key";
import { labelCandidates, loadPlaceIndex, matchCity } from "@/lib/twin-cities-match";
import type { ListCity } from "@/lib/twin-cities-list";
import type { PlaceLevel } from "@/lib/generated/prisma/enums";

type Known = { level?: PlaceLevel; parentId?: string; latitude?: number; longitude?: number; native?: string };

async function makePlace(slug: string, name: string, known: Known = {}) {
  const { level = "CITY", native, ...rest } = known;
  const place = await prisma.place.create({
    data: {
      slug,
      name,
      country: "JP",
      level,
      ...rest,
      names: native ? { create: { text: native, normalized: native, lang: "ja", kind: "NATIVE", isPreferred: true } } : undefined,
    },
  });
  await prisma.searchKey.createMany({ data: nameKeyRowsOf("PLACE", { ...place, names: [] }) });
  return place;
}

async function proposePlace(name: string, details: { level: PlaceLevel; latitude?: number; longitude?: number }, title: string) {
  const author = await createTestUser("EDITOR");
  const change = await prisma.changeRequest.create({ data: { title, authorId: author.id, status: "SUBMITTED" } });
  const item = await prisma.changeItem.create({
    data: {
      changeRequestId: change.id,
      sequence: 1,
      recordType: "PLACE",
      operation: "CREATE",
      payload: { name, country: "JP", parentId: null, names: [], summary: "", latitude: null, longitude: null, ...details },
    },
  });
  return `item:${item.id}`;
}

// The labels the Imports screen shows for the candidates of one ambiguous city.
async function labelsFor(name: string) {
  const index = await loadPlaceIndex(prisma);
  const city: ListCity = { name, countryName: "Japan", country: "JP", latitude: null, longitude: null };
  const match = matchCity(index, city);
  if (match.kind !== "ambiguous") throw new Error(`${name} is ${match.kind}, not ambiguous`);
  return labelCandidates(
    prisma,
    index,
    match.candidates.map((candidate) => candidate.ref),
  );
}

describe("the labels of an ambiguous city's candidates", () => {
  it("keep to name, level and parent when those already tell the candidates apart", async () => {
    const city = await makePlace("minato-city", "Minato");
    const ward = await makePlace("minato-ward", "Minato", { level: "SPECIAL_WARD", latitude: 35.658, longitude: 139.7516 });
    const labels = await labelsFor("Minato");
    expect(labels.get(city.id)).toBe("Minato (City)");
    expect(labels.get(ward.id)).toBe("Minato (Special ward)");
  });

  it("add the native name and coordinates, rounded, to namesakes of the same level in the same parent", async () => {
    const tokyo = await makePlace("tokyo-fuchu-test", "Tokyo Prefecture", { level: "PREFECTURE" });
    const east = await makePlace("fuchu-east", "Fuchu", { parentId: tokyo.id, latitude: 35.66889, longitude: 139.4775, native: "府中市" });
    const west = await makePlace("fuchu-west", "Fuchu", { parentId: tokyo.id, latitude: 34.5683, longitude: 133.2364 });
    const labels = await labelsFor("Fuchu");
    expect(labels.get(east.id)).toBe("Fuchu (City, part of Tokyo Prefecture) — 府中市 — at 35.67, 139.48");
    expect(labels.get(west.id)).toBe("Fuchu (City, part of Tokyo Prefecture) — at 34.57, 133.24");
  });

  it("name each namesake's public page when nothing else known tells them apart", async () => {
    const one = await makePlace("asahi-one", "Asahi");
    const other = await makePlace("asahi-other", "Asahi");
    const labels = await labelsFor("Asahi");
    expect(labels.get(one.id)).toBe("Asahi (City) — /places/asahi-one");
    expect(labels.get(other.id)).toBe("Asahi (City) — /places/asahi-other");
  });

  it("tell proposed namesakes apart by their level, or by the change proposing them", async () => {
    const district = await proposePlace("Kita", { level: "DISTRICT" }, "Wards of Osaka");
    const ward = await proposePlace("Kita", { level: "SPECIAL_WARD" }, "Wards of Tokyo");
    const [first, second] = [
      await proposePlace("Nakano", { level: "CITY" }, "Cities of Nagano"),
      await proposePlace("Nakano", { level: "CITY" }, "Tokyo again"),
    ];
    const kita = await labelsFor("Kita");
    expect(kita.get(district)).toBe("Kita (proposed, awaiting review) — District (区 / 구)");
    expect(kita.get(ward)).toBe("Kita (proposed, awaiting review) — Special ward");
    const nakano = await labelsFor("Nakano");
    expect(nakano.get(first)).toBe("Nakano (proposed, awaiting review) — City — proposed in “Cities of Nagano”");
    expect(nakano.get(second)).toBe("Nakano (proposed, awaiting review) — City — proposed in “Tokyo again”");
  });
});
