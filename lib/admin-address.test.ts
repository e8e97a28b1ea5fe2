import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { isAdminRecordFound } from "@/lib/admin-address";
import { orderTiePair } from "@/lib/tie-timeline";

const ids = { change: "", importRun: "", place: "", person: "", organisation: "", source: "", tie: "", tieEvent: "" };

beforeAll(async () => {
  const author = await createTestUser("EDITOR", "author");
  ids.change = (await prisma.changeRequest.create({ data: { title: "A change", authorId: author.id } })).id;
  ids.importRun = (await prisma.importRun.create({ data: { authorId: author.id, fileName: "twin_cities.csv", listText: "" } })).id;
  const place = (slug: string) => prisma.place.create({ data: { slug, name: slug, country: "JP", level: "CITY" } });
  const [nara, kyoto] = [await place("nara"), await place("kyoto")];
  ids.place = nara.id;
  ids.person = (await prisma.person.create({ data: { slug: "someone", name: "Someone" } })).id;
  ids.organisation = (await prisma.organisation.create({ data: { slug: "clair", name: "CLAIR", kind: "GOVERNMENT" } })).id;
  ids.source = (await prisma.source.create({ data: { title: "A source", kind: "NEWS", snapshot: "The text.", snapshotHash: "h" } })).id;
  const [placeAId, placeBId] = orderTiePair(nara.id, kyoto.id);
  ids.tie = (await prisma.tie.create({ data: { placeAId, placeBId } })).id;
  ids.tieEvent = (await prisma.tieEvent.create({ data: { tieId: ids.tie, type: "ESTABLISHED" } })).id;
});

describe("isAdminRecordFound", () => {
  it("finds the record each admin record page names", async () => {
    for (const path of [
      `/admin/changes/${ids.change}`,
      `/admin/changes/${ids.change}/edit`,
      `/admin/review/${ids.change}`,
      `/admin/imports/${ids.importRun}`,
      `/admin/places/${ids.place}/edit`,
      `/admin/places/${ids.place}/history`,
      `/admin/people/${ids.person}/edit`,
      `/admin/organisations/${ids.organisation}/edit`,
      `/admin/sources/${ids.source}/edit`,
      `/admin/ties/${ids.tie}`,
      `/admin/ties/${ids.tie}/events/new`,
      `/admin/ties/${ids.tie}/events/${ids.tieEvent}/edit`,
    ]) {
      expect(await isAdminRecordFound(path), path).toBe(true);
    }
  });

  it("finds nothing for an id that names no record, or no record of that kind", async () => {
    for (const path of [
      "/admin/changes/nonexistent",
      "/admin/changes/nonexistent/edit",
      `/admin/review/${ids.place}`,
      "/admin/imports/garbage",
      `/admin/imports/${ids.change}`,
      "/admin/places/garbage/edit",
      `/admin/places/${ids.change}/history`,
      "/admin/people/garbage/edit",
      "/admin/organisations/garbage/edit",
      "/admin/sources/garbage/edit",
      "/admin/ties/garbage",
      "/admin/ties/garbage/events/new",
      `/admin/ties/${ids.tie}/events/garbage/edit`,
      "/admin/changes/%E0%A4%A",
    ]) {
      expect(await isAdminRecordFound(path), path).toBe(false);
    }
  });

  it("leaves every other admin address to the router", async () => {
    for (const path of [
      "/admin",
      "/admin/changes",
      "/admin/imports",
      "/admin/places/new",
      "/admin/ties/new",
      "/admin/places",
      "/admin/users",
      "/admin/places/garbage/other",
    ]) {
      expect(await isAdminRecordFound(path), path).toBe(true);
    }
  });
});
