import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { createCitation, createPerson, createPlace, createSource, createTie, db, uniqueId } from "./factories";
import { slugify } from "../lib/names";
import { tiePath } from "../lib/tie-path";

// A published delegation with a leader, dated stops in a given order, a cited stop, an
// agreement signed on it and an event it attended, as approval leaves them.
async function createVisit() {
  const id = uniqueId();
  const [home, first, second, third] = await Promise.all(
    ["Homeprovince", "Firststop", "Secondstop", "Thirdstop"].map((name) => createPlace({ name: `${name} ${id}`, country: "CN" })),
  );
  const leader = await createPerson({ name: `Leader ${id}` });
  const title = `Visit ${id}`;
  const delegation = await db.delegation.create({
    data: {
      slug: `${slugify(title)}-${id}`,
      title,
      leaderId: leader.id,
      leaderTitle: "Party Secretary",
      sendingPlaceId: home.id,
      startOn: "2024-06-17",
      endOn: "2024-06-20",
      // Entered out of order: the itinerary follows `sequence`.
      stops: {
        create: [
          { placeId: third.id, sequence: 2, startOn: "2024-06-20" },
          { placeId: first.id, sequence: 0, startOn: "2024-06-17" },
          { placeId: second.id, sequence: 1, startOn: "2024-06-18", endOn: "2024-06-19" },
        ],
      },
    },
    include: { stops: true },
  });
  const agreement = await db.agreement.create({
    data: {
      slug: `agreement-${id}`,
      title: `Friendship Agreement ${id}`,
      kind: "FRIENDSHIP_AGREEMENT",
      signedOn: "2024-06-20",
      delegationId: delegation.id,
      parties: { create: [{ placeId: home.id }, { placeId: third.id }] },
      signatories: { create: [{ personId: leader.id, title: "Secretary of the Provincial Committee" }] },
    },
  });
  const event = await db.event.create({
    data: { slug: `forum-${id}`, name: `Trade forum ${id}`, kind: "FORUM", startOn: "2024-06-18", delegationId: delegation.id },
  });
  return { home, stops: [first, second, third], leader, delegation, agreement, event, path: `/delegations/${delegation.slug}` };
}

function watchForCspViolations(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(message.text());
  });
  return violations;
}

// The one journey that reads demo data: the brief asks for the seeded Jiangsu delegation.
test("the seeded Jiangsu delegation shows its itinerary in order with footnotes, and Jiangsu's page links to it", async ({ page }) => {
  await page.goto("/places/jiangsu");
  await page
    .getByRole("region", { name: "Delegations" })
    .getByRole("link", { name: "Jiangsu delegation to Japan and South Korea", exact: true })
    .click();

  await expect(page).toHaveURL(/\/delegations\/jiangsu-delegation-japan-korea-2024$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Jiangsu delegation to Japan and South Korea");
  const itinerary = page.getByRole("list", { name: "Itinerary in order" });
  await expect(itinerary.getByRole("listitem")).toHaveText([
    /^Nara Prefecture\[\d+\]/,
    /^Kyoto Prefecture\[\d+\]/,
    /^Fukuoka Prefecture\[\d+\]/,
    /^Gyeonggi Province\[\d+\], 19 June 2024 – 20 June 2024\[\d+\]\[\d+\]$/,
    /^Seoul\[\d+\]\[\d+\]/,
  ]);
  const naraMark = itinerary
    .getByRole("listitem")
    .first()
    .getByRole("link", { name: /^Source \d+$/ });
  const note = (await naraMark.getAttribute("href"))!;
  await naraMark.click();
  // The page left behind stays in the document, hidden (Next keeps it for the back button):
  // what is read is scoped to what a reader sees, by role.
  await expect(page.getByRole("list", { name: "Footnotes" }).locator(`${note} blockquote`)).toHaveText(
    "“The first stop of the delegation's visit to Japan was Nara Prefecture”",
  );

  await expect(page.getByRole("region", { name: "Meetings" })).toContainText("Han Deok-soo, Prime Minister");
  await page
    .getByRole("region", { name: "Agreements signed" })
    .getByRole("link", { name: /Sisterhood Agreement/ })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "Sisterhood Agreement between Gyeonggi Province and Jiangsu Province",
  );
  await expect(page.getByRole("article").getByText("Sisterhood agreement, signed 2024")).toBeVisible();
  await expect(page.getByRole("article").getByText("SISTERHOOD_AGREEMENT")).toHaveCount(0);
});

test("a delegation's JSON export and JSON-LD carry the leader, dates and stops its page shows", async ({ page }) => {
  const violations = watchForCspViolations(page);
  const { home, stops, leader, path } = await createVisit();
  const source = await createSource({ snapshot: "The delegation then travelled on to the second stop." });
  const secondStop = await db.delegationStop.findFirstOrThrow({ where: { placeId: stops[1].id } });
  await createCitation({
    recordType: "DELEGATION_STOP",
    recordId: secondStop.id,
    sourceId: source.id,
    quote: "travelled on to the second stop",
  });

  await page.goto(path);

  const facts = page.locator("dl.facts");
  await expect(facts).toContainText(`Led by${leader.name}, Party Secretary`);
  await expect(facts).toContainText(`Sent by${home.name}`);
  await expect(facts).toContainText("17 June 2024 – 20 June 2024");
  const itinerary = page.getByRole("list", { name: "Itinerary in order" });
  await expect(itinerary.getByRole("listitem")).toHaveText([
    `${stops[0].name}, 17 June 2024`,
    `${stops[1].name}[1], 18 June 2024 – 19 June 2024`,
    `${stops[2].name}, 20 June 2024`,
  ]);
  await expect(page.locator("#note-1 blockquote")).toHaveText("“travelled on to the second stop”");

  const linkedData = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(linkedData).toMatchObject({
    "@context": "https://schema.org",
    "@type": ["Event", "Trip"],
    startDate: "2024-06-17",
    endDate: "2024-06-20",
  });
  expect(linkedData.attendee[0]).toMatchObject({ "@type": "Person", name: leader.name, jobTitle: "Party Secretary" });
  expect(linkedData.tripOrigin).toMatchObject({ "@type": "Place", name: home.name });
  expect(linkedData.itinerary.itemListElement.map((e: { item: { name: string } }) => e.item.name)).toEqual(stops.map((s) => s.name));

  await page.getByRole("link", { name: "Data as JSON" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}/json$`));
  const response = await page.request.get(`${path}/json`);
  expect(response.headers()["content-type"]).toContain("application/json");
  const data = await response.json();
  expect(data).toMatchObject({ leader: { name: leader.name, title: "Party Secretary" }, startOn: "2024-06-17", endOn: "2024-06-20" });
  expect(data.sendingPlace).toEqual({ name: home.name, path: `/places/${home.slug}` });
  expect(data.itinerary.map((s: { place: { name: string } }) => s.place.name)).toEqual(stops.map((s) => s.name));
  expect(data.itinerary[1].citations).toEqual([
    expect.objectContaining({
      field: "exists",
      quote: "travelled on to the second stop",
      source: expect.objectContaining({ title: source.title }),
    }),
  ]);
  expect(violations).toEqual([]);
});

test("a delegation links its agreement and event, each page links back, and the places and tie link them", async ({ page }) => {
  const { home, stops, leader, agreement, event, path } = await createVisit();
  const tie = await createTie({
    places: [home, stops[2]],
    events: [{ type: "ESTABLISHED", kind: "FRIENDSHIP", occurredOn: "2024-06-20", agreementId: agreement.id }],
  });

  await page.goto(path);
  await page.getByRole("region", { name: "Agreements signed" }).getByRole("link", { name: agreement.title }).click();
  await expect(page).toHaveURL(new RegExp(`/agreements/${agreement.slug}$`));
  // The page left behind stays in the document, hidden: what is read is scoped by role.
  await expect(page.getByRole("article").getByText("Friendship agreement, signed 20 June 2024")).toBeVisible();
  await expect(page.getByRole("list", { name: "Parties" }).getByRole("link")).toHaveText([home.name, stops[2].name]);
  await expect(page.getByRole("list", { name: "Signatories" })).toContainText(`${leader.name}, Secretary of the Provincial Committee`);
  await expect(page.getByRole("region", { name: "Ties it shaped" }).getByRole("link")).toHaveAttribute(
    "href",
    tiePath(tie.placeA.slug, tie.placeB.slug),
  );

  await page.goto(path);
  await page.getByRole("region", { name: "Events attended" }).getByRole("link", { name: event.name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(event.name);
  await expect(page.getByRole("article").getByText("Forum, 18 June 2024")).toBeVisible();
  await expect(page.getByRole("link", { name: /^Visit / })).toHaveAttribute("href", path);

  await page.goto(`/places/${stops[2].slug}`);
  await expect(page.getByRole("region", { name: "Delegations" }).getByRole("link", { name: /^Visit / })).toHaveAttribute("href", path);
  await expect(page.getByRole("region", { name: "Agreements" }).getByRole("link", { name: agreement.title })).toBeVisible();
  await page.goto(`/people/${leader.slug}`);
  await expect(page.getByRole("region", { name: "Delegations" }).getByRole("link", { name: event.name })).toHaveAttribute(
    "href",
    `/events/${event.slug}`,
  );
  await page.goto(tiePath(tie.placeA.slug, tie.placeB.slug));
  await expect(page.getByRole("list", { name: /^History of the tie/ }).getByRole("link", { name: agreement.title })).toHaveAttribute(
    "href",
    `/agreements/${agreement.slug}`,
  );
});

// A fixed slug no factory makes: test titles must be the same in every worker.
for (const section of ["agreements", "delegations", "events"]) {
  test(`an unknown /${section} address answers 404, its history and its JSON too`, async ({ page }) => {
    for (const path of [`/${section}/no-such-record`, `/${section}/no-such-record/history`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      // The profile's own kind's not-found page ("Agreement not found"), the history's the site's.
      await expect(page.getByRole("heading", { name: /^(Agreement|Delegation|Event|Page) not found$/ })).toBeVisible();
    }
    const json = await page.request.get(`/${section}/no-such-record/json`);
    expect(json.status()).toBe(404);
    expect(await json.json()).toEqual({ error: expect.stringMatching(/^No published \w+ has this address\.$/) });
  });
}

// Reads CSV as a spreadsheet does: quoted cells may hold separators, quotes and line breaks.
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = "";
  let isQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (isQuoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      isQuoted = !isQuoted;
    } else if (!isQuoted && (char === "," || char === "\r")) {
      rows.at(-1)!.push(cell);
      cell = "";
      if (char === "\r") {
        rows.push([]);
        i++;
      }
    } else {
      cell += char;
    }
  }
  return rows.slice(0, -1);
}

test("the CSV exports open with one row per record, a formula title escaped, each with its citations", async ({ page }) => {
  const { agreement, path } = await createVisit();
  const title = `=HYPERLINK("http://evil.test","Agreement ${uniqueId()}")`;
  await db.agreement.update({ where: { id: agreement.id }, data: { title } });
  const source = await createSource({ snapshot: "The two sides signed a friendship agreement." });
  await createCitation({ recordType: "AGREEMENT", recordId: agreement.id, sourceId: source.id, quote: "signed a friendship agreement" });

  await page.goto("/");
  const data = page.getByRole("region", { name: "Data" });
  await expect(data.getByRole("link", { name: "Agreements (CSV)" })).toHaveAttribute("href", "/exports/agreements.csv");

  for (const [kind, own] of [
    ["agreements", `/agreements/${agreement.slug}`],
    ["delegations", path],
    ["ties", null],
  ] as const) {
    const response = await page.request.get(`/exports/${kind}.csv`);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    const body = await response.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(body.subarray(3).toString("utf8"));
    expect(header.slice(-2)).toEqual(["Page", "Citations"]);
    expect(rows.every((row) => row.length === header.length)).toBe(true);
    const pages = rows.map((row) => new URL(row.at(-2)!).pathname);
    expect(new Set(pages).size).toBe(rows.length);
    if (own) expect(pages.filter((p) => p === own)).toHaveLength(1);
  }

  const [header, ...rows] = parseCsv((await (await page.request.get("/exports/agreements.csv")).text()).replace(/^\uFEFF/, ""));
  const row = rows.find((r) => r.at(-2)!.endsWith(`/agreements/${agreement.slug}`))!;
  expect(row[header.indexOf("Title")]).toBe(`'${title}`);
  expect(row[header.indexOf("Citations")]).toBe(`That it exists: “signed a friendship agreement” — ${source.title}`);
});
