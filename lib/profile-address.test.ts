import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { decodePath, parseProfileAddress, resolveProfileAddress } from "@/lib/profile-address";
import { orderTiePair } from "@/lib/tie-timeline";

const resolve = (pathname: string) => resolveProfileAddress(parseProfileAddress(pathname)!);

// The tie's address in its stored order (placeA has the smaller id), and reversed.
const tieAddress = { stored: "", reversed: "" };
const sourceIds = { published: "", removed: "", long: "" };

beforeAll(async () => {
  const place = (slug: string, extra = {}) => prisma.place.create({ data: { slug, name: slug, country: "CN", level: "CITY", ...extra } });
  const yangzhou = await place("yangzhou");
  const nara = await place("nara", { country: "JP" });
  await place("yangchow", { retiredAt: new Date(), mergedIntoId: yangzhou.id });
  await place("removed", { retiredAt: new Date() });
  const [placeAId, placeBId] = orderTiePair(yangzhou.id, nara.id);
  const tie = await prisma.tie.create({ data: { placeAId, placeBId }, include: { placeA: true, placeB: true } });
  tieAddress.stored = `/ties/${tie.placeA.slug}--${tie.placeB.slug}`;
  tieAddress.reversed = `/ties/${tie.placeB.slug}--${tie.placeA.slug}`;
  await prisma.person.create({ data: { slug: "xin-changxing", name: "Xin Changxing" } });
  await prisma.person.create({ data: { slug: "retired-person", name: "Retired", retiredAt: new Date() } });
  await prisma.organisation.create({ data: { slug: "jetro", name: "JETRO", kind: "GOVERNMENT" } });
  await prisma.agreement.create({ data: { slug: "sisterhood", title: "Sisterhood", kind: "SISTERHOOD_AGREEMENT" } });
  await prisma.agreement.create({ data: { slug: "withdrawn", title: "Withdrawn", kind: "OTHER", retiredAt: new Date() } });
  await prisma.delegation.create({ data: { slug: "jiangsu-visit", title: "Jiangsu delegation" } });
  await prisma.delegation.create({ data: { slug: "cancelled-visit", title: "Cancelled", retiredAt: new Date() } });
  await prisma.event.create({ data: { slug: "forum", name: "Forum", kind: "FORUM" } });
  const source = (title: string, extra = {}) =>
    prisma.source.create({
      data: { title, lang: "en", kind: "NEWS", snapshot: `${title}: the text as read.`, snapshotHash: title, ...extra },
    });
  sourceIds.published = (await source("Sister cities")).id;
  sourceIds.removed = (await source("Withdrawn", { retiredAt: new Date() })).id;
  // 25,000 characters: three parts of 10,000 (lib/source-parts.ts).
  sourceIds.long = (await source("A long list", { snapshot: "x".repeat(25_000), snapshotHash: "long" })).id;
});

describe("parseProfileAddress", () => {
  it("reads a profile and its history page", () => {
    expect(parseProfileAddress("/people/xin-changxing")).toEqual({ section: "people", slug: "xin-changxing", isHistory: false });
    expect(parseProfileAddress("/ties/a--b/history")).toEqual({ section: "ties", slug: "a--b", isHistory: true });
    expect(parseProfileAddress("/places/%E6%89%AC%E5%B7%9E")).toMatchObject({ slug: "扬州" });
    expect(parseProfileAddress("/sources/cm123")).toEqual({ section: "sources", slug: "cm123", isHistory: false });
    expect(parseProfileAddress("/sources/cm123/parts/12")).toEqual({ section: "sources", slug: "cm123", isHistory: false, part: 11 });
    // The first part is the source's own address: "/parts/1" names nothing, nor does "/parts/02".
    for (const part of ["1", "0", "02", "x"]) expect(parseProfileAddress(`/sources/cm123/parts/${part}`)).toMatchObject({ part: -1 });
  });

  it("leaves every other address to the router", () => {
    for (const pathname of [
      "/",
      "/places",
      "/places/",
      "/admin/places/x",
      "/places/x/edit",
      "/places/x/history/2",
      "/delegations/x/json",
      "/agreements",
      "/sources/x/history",
      "/sources/x/parts",
      "/sources/x/parts/2/x",
      "/places/%E0%A4%A",
    ]) {
      expect(parseProfileAddress(pathname)).toBeNull();
    }
  });
});

describe("decodePath", () => {
  it("decodes a path, and gives null for broken percent-encoding", () => {
    expect(decodePath("/places/%E6%89%AC%E5%B7%9E")).toBe("/places/扬州");
    for (const path of ["/places/%E0%A4%A", "/places/%ZZ", "/places/%C0%AF", "/api/auth/%"]) expect(decodePath(path), path).toBeNull();
  });
});

describe("resolveProfileAddress", () => {
  it("finds published records", async () => {
    for (const pathname of [
      "/places/yangzhou",
      "/places/yangzhou/history",
      "/people/xin-changxing",
      "/organisations/jetro/history",
      "/agreements/sisterhood",
      "/delegations/jiangsu-visit/history",
      "/events/forum",
    ]) {
      expect(await resolve(pathname), pathname).toEqual({ found: true });
    }
  });

  it("finds a source by its id while it is not removed", async () => {
    expect(await resolve(`/sources/${sourceIds.published}`)).toEqual({ found: true });
    expect(await resolve(`/sources/${sourceIds.removed}`)).toEqual({ found: false });
  });

  it("finds a long source's later parts as far as its text reaches", async () => {
    expect(await resolve(`/sources/${sourceIds.long}/parts/3`)).toEqual({ found: true });
    for (const part of ["4", "1"]) expect(await resolve(`/sources/${sourceIds.long}/parts/${part}`), part).toEqual({ found: false });
    expect(await resolve(`/sources/${sourceIds.published}/parts/2`)).toEqual({ found: false });
    expect(await resolve(`/sources/${sourceIds.removed}/parts/2`)).toEqual({ found: false });
  });

  it("finds a tie at its stored order, and moves the other order there", async () => {
    expect(await resolve(tieAddress.stored)).toEqual({ found: true });
    expect(await resolve(`${tieAddress.reversed}/history`)).toEqual({ found: true, movedTo: `${tieAddress.stored}/history` });
  });

  it("moves a merged place's profile to the place it joined, but not its history", async () => {
    expect(await resolve("/places/yangchow")).toEqual({ found: true, movedTo: "/places/yangzhou" });
    expect(await resolve("/places/yangchow/history")).toEqual({ found: false });
  });

  it("finds nothing for unknown or removed records", async () => {
    for (const pathname of [
      "/places/nowhere",
      "/places/removed",
      "/people/retired-person",
      "/people/nobody",
      "/organisations/nothing",
      "/agreements/withdrawn",
      "/agreements/nothing/history",
      "/delegations/cancelled-visit",
      "/delegations/nowhere",
      "/events/nothing",
      "/ties/yangzhou--removed",
      "/ties/yangzhou--yangchow",
      "/ties/not-a-pair",
      "/sources/nonexistent",
      "/sources/%00",
    ]) {
      expect(await resolve(pathname), pathname).toEqual({ found: false });
    }
  });
});
