import { writeFileSync } from "node:fs";
import type { APIRequestContext, Page } from "@playwright/test";
import { tiePath } from "../lib/tie-path";
import { test, expect, mintSessionToken, SESSION_COOKIE } from "./fixtures";
import { expectAccessible } from "./axe";
import { createPlace, db, uniqueId, type TestUser } from "./factories";

// A hand-made list in the list's format (city1,country1,lat1,lng1,city2,country2,lat2,lng2),
// invented here. The e2e database is shared by every spec, and the importer matches against
// all of it: every name carries this test's own suffix, so the import touches nothing else.
const HEADER = "city1,country1,lat1,lng1,city2,country2,lat2,lng2";
const STEMS = {
  Japan: [
    "Aobara",
    "Kawanishiro",
    "Minamiura",
    "Higashiyo",
    "Nishikiba",
    "Kitakaze",
    "Shirotani",
    "Morioki",
    "Tsurumine",
    "Hanakawa",
    "Yamabuki",
    "Ishizono",
    "Okubara",
    "Sakuradai",
    "Tomioka",
  ],
  "South Korea": [
    "Dongsan",
    "Seohwa",
    "Namgok",
    "Bukpyeong",
    "Cheongna",
    "Hwaseoul",
    "Gwangdo",
    "Yeongcheol",
    "Sinheung",
    "Daeam",
    "Songdori",
    "Baegun",
    "Jinseong",
    "Okcheon",
    "Haneul",
  ],
  China: [
    "Xiqiao",
    "Dongling",
    "Nanhu",
    "Beishan",
    "Qinghe",
    "Baiyun",
    "Longtan",
    "Jinshui",
    "Huaxi",
    "Songling",
    "Taoyuan",
    "Liushan",
    "Meilin",
    "Yunhai",
    "Fengqiao",
  ],
};

// Letters only: a place's name is matched by its letters, and digits would read as a different word.
const suffix = () =>
  uniqueId()
    .replace(/[^a-f]/g, "")
    .padEnd(4, "q")
    .slice(0, 4)
    .replace(/^./, (c) => c.toUpperCase());

function twinCitiesList(s: string, ambiguous: string) {
  const at = (country: keyof typeof STEMS, i: number) => `${STEMS[country][i]} ${s},${country},${30 + i}.5,${130 + i}.5`;
  const rows: string[] = [];
  for (let i = 0; i < 15; i++) {
    rows.push(`${at("Japan", i)},${at("South Korea", i)}`);
    rows.push(`${at("South Korea", i)},${at("China", (i + 1) % 15)}`);
    rows.push(`${at("China", i)},${at("Japan", (i + 2) % 15)}`);
  }
  const both = `${ambiguous},South Korea,37.5,127.2`;
  rows.push(
    `${both},${at("Japan", 3)}`, // the ambiguous city, resolved by the editor
    `${at("South Korea", 4)},${at("Japan", 4)}`, // a pair listed above from the other side
    `${at("China", 5)},${at("China", 5)}`, // a city paired with itself
  );
  rows.splice(7, 0, rows[7]); // a row listed twice
  return [HEADER, ...rows].join("\n");
}

// The day the list was downloaded, which dates its source.
const RETRIEVED_ON = "2026-11-20";

async function upload(page: Page, name: string, content: string | Buffer) {
  await page.goto("/admin/imports");
  await page.getByLabel("The list's CSV file").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(content) });
  await page.getByLabel("Retrieved on").fill(RETRIEVED_ON);
  await page.getByRole("button", { name: "Upload and match" }).click();
}

const summaryCount = (page: Page, label: string) =>
  page
    .getByRole("table", { name: "Summary" })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: label, exact: true }) })
    .getByRole("cell");

// Only one import proposes at a time (lib/import-runs.ts): two tests proposing at once would
// see "Another import of the list is being proposed", so this file's tests run one by one.
test.describe.configure({ mode: "serial" });

async function approve(review: Page, author: TestUser, title: RegExp) {
  await review.goto(`/admin/review?author=${author.id}`);
  await review.getByRole("link", { name: title }).click();
  // A large change is approved whole ("Approve all 229 parts"), a small one with "Approve".
  await review.getByRole("button", { name: /^Approve( all [\d,]+ parts)?$/ }).click();
  await expect(review.getByRole("status")).toHaveText(/^Approved: “.+”\.$/);
}

test("an editor imports the list, resolves an ambiguous place and a reviewer approves it; the same list again proposes nothing", async ({
  page,
  loginAs,
  loginInNewContext,
}) => {
  test.setTimeout(90_000);
  const s = suffix();
  const ambiguous = `Hanam ${s}`;
  const city = await createPlace({ name: ambiguous, country: "KR", level: "CITY" });
  await createPlace({ name: ambiguous, country: "KR", level: "DISTRICT" });
  const list = twinCitiesList(s, ambiguous);
  const editor = await loginAs("EDITOR");

  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Editors" }).getByRole("link", { name: "Imports" }).click();
  await expect(page.getByRole("heading", { name: "Import the twin-cities list", level: 1 })).toBeVisible();
  await expectAccessible(page);
  await upload(page, `twin_cities_${s}.csv`, list);

  await expect(page).toHaveURL(/\/admin\/imports\/\w+$/);
  const runUrl = page.url();
  await expect(page.getByText("Wikipedia contributors", { exact: false })).toBeVisible();
  const resolution = page.getByRole("form", { name: "Resolution list" });
  const choice = resolution.getByRole("group", { name: `${ambiguous}, South Korea` });
  await expect(choice.getByRole("radio")).toHaveCount(4);
  await expectAccessible(page);

  // Submitted without a choice: refused at the place, nothing proposed.
  await resolution.getByRole("button", { name: "Submit for review" }).click();
  await expect(choice.getByRole("alert")).toHaveText("Choose a place, a new place, or skip it");
  await choice.getByRole("radio", { name: `${ambiguous} (City)` }).check();
  // A second tab finds the run where it stands.
  const second = await page.context().newPage();
  await second.goto(runUrl);
  await expect(second.getByRole("group", { name: `${ambiguous}, South Korea` })).toBeVisible();
  await second.close();
  await resolution.getByRole("button", { name: "Submit for review" }).click();

  await expect(summaryCount(page, "Ties proposed")).toHaveText("46", { timeout: 60_000 });
  await expect(page.getByRole("progressbar", { name: "Import progress" })).toHaveCount(0);
  await expect(summaryCount(page, "Duplicate rows")).toHaveText("1");
  await expect(summaryCount(page, "Self-pairs")).toHaveText("1");
  await expect(summaryCount(page, "Unreadable rows")).toHaveText("0");
  await expect(summaryCount(page, "Places resolved by you")).toHaveText("1");
  await expect(summaryCount(page, "Change requests")).toHaveText("2");
  const source = page.getByRole("link", { name: /^Twin-cities list: the list as a source/ });
  const batch = page.getByRole("link", { name: /^Twin-cities list, batch 1 of 1/ });
  await expect(source).toBeVisible();
  await expect(batch).toBeVisible();
  await expectAccessible(page);

  const { page: review } = await loginInNewContext("REVIEWER");
  await approve(review, editor, /Twin-cities list: the list as a source/);
  await approve(review, editor, /Twin-cities list, batch 1 of 1/);

  // The new place and the tie to the place the editor chose, each citing the list.
  const created = await db.place.findFirstOrThrow({ where: { name: `Aobara ${s}` } });
  await page.goto(`/places/${created.slug}`);
  await expect(page.getByRole("list", { name: "Footnotes" })).toContainText("Wikipedia contributors");
  await expect(page.getByRole("list", { name: "Footnotes" })).toContainText(`as retrieved ${RETRIEVED_ON}`);
  const tie = await db.tie.findFirstOrThrow({
    where: { OR: [{ placeAId: city.id }, { placeBId: city.id }] },
    include: { placeA: true, placeB: true },
  });
  expect([tie.placeA.name, tie.placeB.name]).toContain(`Higashiyo ${s}`);
  await page.goto(tiePath(tie.placeA.slug, tie.placeB.slug));
  await expect(page.getByRole("list", { name: "Footnotes" })).toContainText("Wikipedia contributors");
  await expect(page.getByRole("list", { name: "Footnotes" })).toContainText(`${ambiguous},South Korea`);

  await upload(page, `twin_cities_${s}_again.csv`, list);
  await expect(page.getByRole("form", { name: "Resolution list" })).toContainText("nothing needs your choice");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(summaryCount(page, "Ties proposed")).toHaveText("0", { timeout: 60_000 });
  await expect(summaryCount(page, "Change requests")).toHaveText("0");
});

test("a file that is not the list is refused at the field, and nothing is stored", async ({ page, loginAs }, testInfo) => {
  const editor = await loginAs("EDITOR");
  const field = page.getByLabel("The list's CSV file");

  await upload(page, "twin_cities.csv", "<!DOCTYPE html><html><head><title>List of twin towns</title></head><body></body></html>");
  await expect(field).toHaveAccessibleDescription(/This is a web page \(HTML\), not the list/);
  await expect(field).toHaveAttribute("aria-invalid", "true");

  await upload(page, "twin_cities.csv", "city1,country1,city2,country2\nNara,Japan,Yangzhou,China\n");
  await expect(field).toHaveAccessibleDescription(/The list has no column lat1, lng1, lat2, lng2/);

  await upload(page, "twin_cities.csv", Buffer.from([...Buffer.from(`${HEADER}\nK`), 0xf6, 0x6c, 0x6e, 0x0a]));
  await expect(field).toHaveAccessibleDescription(/not UTF-8/);

  // Too large to send: Playwright hands a file this size over by path.
  const huge = testInfo.outputPath("huge.csv");
  writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, "a"));
  await page.goto("/admin/imports");
  await field.setInputFiles(huge);
  await page.getByLabel("Retrieved on").fill(RETRIEVED_ON);
  await page.getByRole("button", { name: "Upload and match" }).click();
  await expect(field).toHaveAccessibleDescription(/a list may be at most 10 MB/);

  expect(await db.importRun.count({ where: { authorId: editor.id } })).toBe(0);
  expect(await db.changeRequest.count({ where: { authorId: editor.id } })).toBe(0);
});

// The upload as the browser sends it (React's encoding of the action's arguments), so the
// server's own limits are tried without the form's check in the way.
function sendUpload(api: APIRequestContext, actionId: string, token: string, bytes: Buffer) {
  // The file before the arguments that refer to it, as the browser orders them.
  const multipart = new FormData();
  multipart.append("1", new Blob([new Uint8Array(bytes)], { type: "text/csv" }), "twin_cities.csv");
  multipart.append("0", `[{"file":"$B1","retrievedOn":"${RETRIEVED_ON}"}]`);
  return api.post("/admin/imports", {
    headers: { "Next-Action": actionId, Accept: "text/x-component", Cookie: `${SESSION_COOKIE}=${token}` },
    multipart,
    maxRedirects: 0,
  });
}

test("the server refuses an upload over the size limit itself, and stores nothing", async ({ page, loginAs, request }) => {
  const editor = await loginAs("EDITOR");
  await page.goto("/admin/imports");
  await page
    .getByLabel("The list's CSV file")
    .setInputFiles({ name: "list.csv", mimeType: "text/csv", buffer: Buffer.from("<html></html>") });
  await page.getByLabel("Retrieved on").fill(RETRIEVED_ON);
  const sent = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await page.route("/admin/imports", (route) => (route.request().method() === "POST" ? route.abort() : route.fallback()));
  await page.getByRole("button", { name: "Upload and match" }).click();
  const actionId = (await sent).headers()["next-action"];
  const token = await mintSessionToken(editor);

  // Past Next's limit on a request's body, under the list's: the action reads it and refuses.
  const over = await sendUpload(request, actionId, token, Buffer.alloc(10 * 1024 * 1024 + 1024, "a"));
  expect(await over.text()).toContain("a list may be at most 10 MB");
  // Far past it: refused before the action runs (Next answers its 413 as a failed action).
  const huge = await sendUpload(request, actionId, token, Buffer.alloc(50 * 1024 * 1024, "a"));
  expect(huge.ok()).toBe(false);

  expect(await db.importRun.count({ where: { authorId: editor.id } })).toBe(0);
});

// Matching and proposing run on the server after the response; the page follows the run as
// it stands in the database, in whichever tab opens it.
test("an import under way shows its progress, and the page follows it to the summary", async ({ page, loginAs }) => {
  const editor = await loginAs("EDITOR");
  const run = await db.importRun.create({
    data: { authorId: editor.id, fileName: "twin_cities.csv", listText: HEADER, status: "PROPOSING", done: 1, total: 3 },
  });
  await page.goto(`/admin/imports/${run.id}`);
  const progress = page.getByRole("progressbar", { name: "Import progress" });
  await expect(progress).toHaveAttribute("value", "1");
  await expect(progress).toHaveAttribute("max", "3");
  await expect(page.getByRole("status")).toHaveText("Proposing: 1 of 3 change requests submitted");
  await expectAccessible(page);

  await db.importRun.update({ where: { id: run.id }, data: { done: 2 } });
  await expect(progress).toHaveAttribute("value", "2");
  const summary = { changes: 3, sourceProposed: false, placesReused: 4, placesCreated: 0, placesAmbiguous: 0, tiesProposed: 2 };
  const reports = {
    tiesAlreadyRecorded: 0,
    rowsAlreadyCited: 0,
    duplicates: [],
    selfPairs: [],
    unreadable: [],
    skipped: [],
    noLongerListed: [],
  };
  await db.importRun.update({
    where: { id: run.id },
    data: { status: "DONE", done: 3, summary: { ...summary, ...reports, changeRequests: [] } },
  });
  await expect(summaryCount(page, "Ties proposed")).toHaveText("2");
  await expect(progress).toHaveCount(0);
});
