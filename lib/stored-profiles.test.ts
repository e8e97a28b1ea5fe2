import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { placeTag } from "@/lib/cache-tags";
import { getPlaceProfile } from "@/lib/place-profile";
import { markEveryPageStale, recordRevalidatedTags } from "@/lib/revalidated-tags";

// Outside Next.js there is no cache scope for cacheTag().
vi.mock("next/cache", () => ({ cacheTag: vi.fn() }));

let count = 0;
async function createPlace() {
  const slug = `stored-${++count}-${Date.now()}`;
  const place = await prisma.place.create({ data: { slug, name: "Old name", country: "KR", level: "CITY", latitude: 35.1 } });
  await prisma.tie.create({
    data: {
      placeA: { connect: { id: place.id } },
      placeB: { create: { slug: `${slug}-partner`, name: "Partner", country: "JP", level: "CITY" } },
      kind: "SISTER",
      status: "ACTIVE",
      establishedOn: "1990-04-01",
    },
  });
  return place;
}

// Written behind the records' back, as no approval would: only a fresh read shows it.
const renameQuietly = (id: string, name: string) => prisma.place.update({ where: { id }, data: { name } });

describe("stored profiles", () => {
  it("serves a profile again from its stored copy, dates as dates, until a tag it was read under is revalidated", async () => {
    const place = await createPlace();
    const first = await getPlaceProfile(place.slug);
    expect(first?.place.name).toBe("Old name");
    await renameQuietly(place.id, "New name");

    const again = await getPlaceProfile(place.slug);
    expect(again?.place.name).toBe("Old name");
    expect(again?.place.updatedAt).toBeInstanceOf(Date);
    expect(again).toEqual(first);

    await recordRevalidatedTags(prisma, [placeTag(place.id)]);
    expect((await getPlaceProfile(place.slug))?.place.name).toBe("New name");
  });

  it("reads again when a neighbour the page names is revalidated", async () => {
    const place = await createPlace();
    const partner = (await getPlaceProfile(place.slug))!.ties[0].partner;
    await renameQuietly(partner.id, "Renamed partner");
    await recordRevalidatedTags(prisma, [placeTag(partner.id)]);
    expect((await getPlaceProfile(place.slug))?.ties[0].partner.name).toBe("Renamed partner");
  });

  it("still serves a copy read after the tag's last revalidation", async () => {
    const place = await createPlace();
    await recordRevalidatedTags(prisma, [placeTag(place.id)], new Date(Date.now() - 1000));
    await getPlaceProfile(place.slug);
    await renameQuietly(place.id, "New name");
    expect((await getPlaceProfile(place.slug))?.place.name).toBe("Old name");
  });

  it("reads every profile again after the whole site is marked stale (a restore)", async () => {
    const place = await createPlace();
    await getPlaceProfile(place.slug);
    await renameQuietly(place.id, "Restored name");
    await markEveryPageStale(prisma);
    expect((await getPlaceProfile(place.slug))?.place.name).toBe("Restored name");
  });

  it("reads again a copy another build stored: a deploy may change what a profile holds", async () => {
    const place = await createPlace();
    await getPlaceProfile(place.slug);
    await prisma.storedProfile.update({ where: { key: `place:${place.slug}` }, data: { build: "an-earlier-build" } });
    await renameQuietly(place.id, "Deployed name");
    expect((await getPlaceProfile(place.slug))?.place.name).toBe("Deployed name");
  });

  it("stores nothing for an address with no place, so a place created there is found", async () => {
    const slug = `not-yet-${Date.now()}`;
    expect(await getPlaceProfile(slug)).toBeNull();
    await prisma.place.create({ data: { slug, name: "Arrived", country: "CN", level: "CITY" } });
    expect((await getPlaceProfile(slug))?.place.name).toBe("Arrived");
  });
});
