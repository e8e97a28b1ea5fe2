import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import type { Actor } from "@/lib/permissions";
import { nameKeyRowsOf } from "@/lib/search-key";
import { applyChoices, carryChoices, isStalled, STALLED_AFTER_MS } from "@/lib/import-run-resolutions";
import { matchImportRun, proposeImportRun, startImportRun, submitImportRun, getImportRun } from "@/lib/import-runs";
import { CHOOSE, type ResolutionList } from "@/lib/import-run-schema";

const HEADER = "city1,country1,lat1,lng1,city2,country2,lat2,lng2";

const city = (key: string, refs: string[], choice: string | null = null): ResolutionList[number] => ({
  key,
  name: key.split("|")[1],
  country: key.split("|")[0],
  reason: "several",
  candidates: refs.map((ref) => ({ ref, label: ref })),
  choice,
});

describe("the editor's choices for the ambiguous cities", () => {
  const list = [city("JP|Fuchu", ["p1", "p2"]), city("KR|Seoul – Gangnam", ["p3"])];

  it("are taken when every city has a candidate, a new place or a skip", () => {
    const result = applyChoices(list, [
      { key: "KR|Seoul – Gangnam", choice: "new" },
      { key: "JP|Fuchu", choice: "p2" },
    ]);
    expect(result).toEqual({
      ok: true,
      list: [
        { ...list[0], choice: "p2" },
        { ...list[1], choice: "new" },
      ],
    });
  });

  it("are refused at the city's place in the list when one is missing or names a place it was not matched to", () => {
    expect(applyChoices(list, [{ key: "JP|Fuchu", choice: "p3" }])).toEqual({
      ok: false,
      fieldErrors: {
        "choices.0.choice": CHOOSE,
        "choices.1.choice": CHOOSE,
      },
    });
  });

  it("carry over to a new matching while they still stand; a new city or a vanished candidate waits again", () => {
    const earlier = [city("JP|Fuchu", ["p1", "p2"], "p2"), city("KR|Seoul – Gangnam", ["p3"], "p3"), city("CN|Licheng", ["p4"], "skip")];
    const again = [
      {
        key: "JP|Fuchu",
        name: "Fuchu",
        country: "JP",
        reason: "several" as const,
        candidates: [
          { ref: "p1", label: "" },
          { ref: "p2", label: "" },
        ],
      },
      {
        key: "KR|Seoul – Gangnam",
        name: "Seoul – Gangnam",
        country: "KR",
        reason: "qualifier" as const,
        candidates: [{ ref: "p9", label: "" }],
      },
      { key: "CN|Licheng", name: "Licheng", country: "CN", reason: "several" as const, candidates: [] },
      { key: "JP|Minato", name: "Minato", country: "JP", reason: "several" as const, candidates: [{ ref: "p5", label: "" }] },
    ];
    const { list: carried, unresolved } = carryChoices(earlier, again);
    expect(carried.map((c) => c.choice)).toEqual(["p2", null, "skip", null]);
    expect(unresolved).toBe(2);
  });
});

describe("a run that stopped moving", () => {
  it("counts as stopped only while it is working", () => {
    const now = new Date();
    const old = new Date(now.getTime() - STALLED_AFTER_MS - 1000);
    expect(isStalled({ status: "PROPOSING", updatedAt: old }, now)).toBe(true);
    expect(isStalled({ status: "MATCHING", updatedAt: now }, now)).toBe(false);
    expect(isStalled({ status: "AWAITING_RESOLUTION", updatedAt: old }, now)).toBe(false);
  });
});

// ---------- against the database ----------

const unique = () =>
  randomUUID()
    .replace(/[^a-f]/g, "")
    .slice(0, 6);

async function makePlace(name: string, country: string, level: "CITY" | "DISTRICT" = "CITY") {
  const place = await prisma.place.create({
    data: { slug: `${name.toLowerCase().replace(/\W+/g, "-")}-${unique()}`, name, country, level },
  });
  await prisma.searchKey.createMany({ data: nameKeyRowsOf("PLACE", { ...place, names: [] }) });
  return place;
}

const fileOf = (text: string, name = "twin_cities.csv") => new File([text], name);
const RETRIEVED_ON = "2026-11-20";

async function uploaded(user: Actor, text: string) {
  const result = await startImportRun(user, { file: fileOf(text), retrievedOn: RETRIEVED_ON });
  if (!result.ok) throw new Error(JSON.stringify(result));
  await matchImportRun(result.data!.id);
  return result.data!.id;
}

describe("an import run", () => {
  it("refuses a file that is not the list at its field, and stores nothing", async () => {
    const editor = await createTestUser("EDITOR");
    const before = await prisma.importRun.count();
    expect(
      await startImportRun(editor, { retrievedOn: RETRIEVED_ON, file: fileOf("<!DOCTYPE html><html><body>Twin towns</body></html>") }),
    ).toEqual({
      ok: false,
      fieldErrors: { file: expect.stringMatching(/web page/) },
    });
    expect(await startImportRun(editor, { retrievedOn: RETRIEVED_ON, file: fileOf("city1,country1,city2\nA,Japan,B") })).toEqual({
      ok: false,
      fieldErrors: { file: expect.stringMatching(/no column lat1/) },
    });
    expect(await prisma.importRun.count()).toBe(before);
  });

  it("waits for the editor's choice on an ambiguous city, proposes with it, and proposes nothing the second time", async () => {
    const [editor, other] = [await createTestUser("EDITOR"), await createTestUser("EDITOR")];
    const s = unique();
    const [fuchuCity, fuchuDistrict] = [await makePlace(`Fuchu${s}`, "JP"), await makePlace(`Fuchu${s}`, "JP", "DISTRICT")];
    const text = [
      HEADER,
      `Fuchu${s},Japan,35.6,139.4,Anyang${s},South Korea,37.3,126.9`,
      `Anyang${s},South Korea,37.3,126.9,Fuchu${s},Japan,35.6,139.4`,
      `Yangzhou${s},China,32.3,119.4,Nara${s},Japan,34.6,135.8`,
      `Yangzhou${s},China,32.3,119.4,Nara${s},Japan,34.6,135.8`,
      `Nara${s},Japan,34.6,135.8,Nara${s},Japan,34.6,135.8`,
    ].join("\n");
    const runId = await uploaded(editor, text);

    const run = await getImportRun(editor, runId);
    expect(run).toMatchObject({ status: "AWAITING_RESOLUTION" });
    expect(run!.resolutions).toEqual([
      expect.objectContaining({
        name: `Fuchu${s}`,
        country: "JP",
        choice: null,
        candidates: expect.arrayContaining([
          expect.objectContaining({ ref: fuchuCity.id }),
          expect.objectContaining({ ref: fuchuDistrict.id }),
        ]),
      }),
    ]);
    expect(await getImportRun(other, runId)).toBeNull();

    const key = run!.resolutions[0].key;
    expect(await submitImportRun(editor, { runId, choices: [] })).toEqual({
      ok: false,
      fieldErrors: { "choices.0.choice": expect.any(String) },
    });
    expect(await submitImportRun(other, { runId, choices: [{ key, choice: fuchuCity.id }] })).toMatchObject({
      ok: false,
      formError: expect.any(String),
    });
    expect(await submitImportRun(editor, { runId, choices: [{ key, choice: fuchuCity.id }] })).toEqual({ ok: true });
    expect(await submitImportRun(editor, { runId, choices: [{ key, choice: fuchuCity.id }] })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/no longer waiting/),
    });

    await proposeImportRun(runId);
    const done = await getImportRun(editor, runId);
    expect(done).toMatchObject({ status: "DONE", done: 1, total: 1 });
    expect(done!.summary).toMatchObject({
      tiesProposed: 2,
      placesReused: 1,
      placesCreated: 3,
      placesAmbiguous: 1,
      sourceProposed: true,
      changes: 2,
    });
    expect(done!.summary!.duplicates).toHaveLength(1);
    expect(done!.summary!.selfPairs).toHaveLength(1);
    expect(done!.summary!.changeRequests.map((c) => c.title)).toEqual([
      expect.stringMatching(/^Twin-cities list: the list as a source/),
      expect.stringMatching(/^Twin-cities list, batch 1 of 1/),
    ]);
    // The source is dated by the day the editor downloaded the list, not the upload's.
    const listSource = await prisma.changeItem.findFirstOrThrow({
      where: { changeRequestId: done!.summary!.changeRequests[0].id, recordType: "SOURCE" },
    });
    expect(listSource.payload).toMatchObject({ accessedOn: RETRIEVED_ON, title: expect.stringContaining(`as retrieved ${RETRIEVED_ON}`) });
    const ties = await prisma.changeItem.findMany({ where: { changeRequestId: done!.summary!.changeRequests[1].id, recordType: "TIE" } });
    expect(ties.map((item) => JSON.stringify(item.payload)).filter((payload) => payload.includes(fuchuCity.id))).toHaveLength(1);

    const again = await uploaded(editor, text);
    expect(await getImportRun(editor, again)).toMatchObject({ status: "AWAITING_RESOLUTION", resolutions: [] });
    expect(await submitImportRun(editor, { runId: again, choices: [] })).toEqual({ ok: true });
    await proposeImportRun(again);
    expect((await getImportRun(editor, again))!.summary).toMatchObject({ tiesProposed: 0, changes: 0, changeRequests: [] });
  });

  it("matches again before proposing, and asks again when a chosen place is gone", async () => {
    const editor = await createTestUser("EDITOR");
    const s = unique();
    const places = [
      await makePlace(`Minato${s}`, "JP"),
      await makePlace(`Minato${s}`, "JP", "DISTRICT"),
      await makePlace(`Minato${s}`, "JP"),
    ];
    const runId = await uploaded(editor, [HEADER, `Minato${s},Japan,,,Busan${s},South Korea,,`].join("\n"));
    const key = (await getImportRun(editor, runId))!.resolutions[0].key;
    expect(await submitImportRun(editor, { runId, choices: [{ key, choice: places[1].id }] })).toEqual({ ok: true });
    // Retired meanwhile, as a merge would: no longer a place the list can name.
    await prisma.searchKey.deleteMany({ where: { recordId: places[1].id } });
    await prisma.place.update({ where: { id: places[1].id }, data: { retiredAt: new Date() } });

    await proposeImportRun(runId);
    const run = await getImportRun(editor, runId);
    expect(run).toMatchObject({ status: "AWAITING_RESOLUTION", error: expect.stringMatching(/Places changed/) });
    expect(run!.resolutions).toEqual([expect.objectContaining({ key, choice: null })]);
    expect(run!.resolutions[0].candidates.map((c) => c.ref).sort()).toEqual([places[0].id, places[2].id].sort());
    expect(await prisma.changeRequest.count({ where: { authorId: editor.id } })).toBe(0);
  });

  it("proposes one import at a time", async () => {
    const editor = await createTestUser("EDITOR");
    const s = unique();
    const first = await uploaded(editor, [HEADER, `Kobe${s},Japan,,,Incheon${s},South Korea,,`].join("\n"));
    const second = await uploaded(editor, [HEADER, `Sendai${s},Japan,,,Daejeon${s},South Korea,,`].join("\n"));
    expect(await submitImportRun(editor, { runId: first, choices: [] })).toEqual({ ok: true });
    expect(await submitImportRun(editor, { runId: second, choices: [] })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/Another import/),
    });
    await proposeImportRun(first);
    expect(await submitImportRun(editor, { runId: second, choices: [] })).toEqual({ ok: true });
    await proposeImportRun(second);
  });
});
