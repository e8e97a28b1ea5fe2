import { test, expect } from "./fixtures";
import { expectAccessible } from "./axe";
import { createCitation, createPlace, createSource, db } from "./factories";

// One sentence of an article often supports several claims: the place exists, its name, the
// province it is part of. Each claim's quote is a passage of its own, overlapping the others.
async function placeCitedThrice() {
  const parent = await createPlace({ name: `Kyoto Prefecture ${Date.now()}`, level: "PREFECTURE" });
  const place = await createPlace({ name: `Ayabe ${Date.now()}` });
  await db.place.update({ where: { id: place.id }, data: { parentId: parent.id } });
  const sentence = `As early as May 1989, ${place.name} City of ${parent.name} and Changshu City formally established a friendship city relationship.`;
  const source = await createSource({ snapshot: `Jiangsu and Japan have a long history.\n\n${sentence}\n\nThe end.` });
  const cite = (field: string, quote: string, assertedValue?: string) =>
    createCitation({ recordType: "PLACE", recordId: place.id, sourceId: source.id, field, quote, assertedValue });
  const exists = await cite("exists", sentence);
  const level = await cite("level", `${place.name} City`);
  const parentOf = await cite("parentId", `${place.name} City of ${parent.name}`, parent.slug);
  return { place, parent, source, citations: { exists, level, parentOf } };
}

test("every footnote of a place takes the reader to its own passage in the source, overlapping ones too", async ({ page }) => {
  const { place, source, citations } = await placeCitedThrice();

  await page.goto(`/places/${place.slug}`);
  const notes = page.getByRole("list", { name: "Footnotes" });
  await expect(notes.getByRole("listitem")).toHaveCount(3);

  for (const citation of Object.values(citations)) {
    await page.goto(`/places/${place.slug}`);
    await notes.locator(`blockquote a[href$="#quote-${citation.id}"]`).click();
    await expect(page).toHaveURL(`/sources/${source.id}#quote-${citation.id}`);
    const anchor = page.locator(`[id="quote-${citation.id}"]`);
    await expect(anchor).toHaveCount(1);
    await expect(
      page
        .locator("mark")
        .filter({ has: anchor })
        .or(page.locator(`mark#quote-${citation.id}`)),
    ).toContainText(citation.quote);
  }
});

test("a source's page says in words which record each claim is about and what it states", async ({ page }) => {
  const { place, parent, source } = await placeCitedThrice();

  await page.goto(`/sources/${source.id}`);

  const claims = page.getByRole("list").filter({ hasText: "That it exists" });
  await expect(claims.getByRole("listitem").filter({ hasText: "That it exists" })).toContainText(`Place ${place.name} · That it exists`);
  await expect(claims.getByRole("listitem").filter({ hasText: "Part of" })).toContainText(
    `Place ${place.name} · Part of · states ${parent.name}`,
  );
  await expect(page.getByRole("main")).not.toContainText("parentId");
  await expect(page.getByRole("main")).not.toContainText(parent.slug);

  await claims.getByRole("link", { name: place.name, exact: true }).first().click();
  await expect(page).toHaveURL(`/places/${place.slug}`);
  await page.goBack();
  await expectAccessible(page);
});

// A list's source is long (the twin-cities list is 1.8 MB, cited 25,000 times): its page is
// read a part at a time, and a footnote leads to the part its quote is in.
test("a long source is read a part at a time, and a footnote leads to its passage's part", async ({ page }) => {
  const place = await createPlace({ name: `Listville ${Date.now()}` });
  const lines = Array.from({ length: 600 }, (_, i) => `Row ${i}: Somewhere ${i} and Elsewhere ${i} are sister cities.`);
  lines[500] = `Row 500: ${place.name} and Elsewhere 500 are sister cities.`;
  const source = await createSource({ title: `A long list ${Date.now()}`, snapshot: lines.join("\n") });
  const early = await createCitation({ recordType: "PLACE", recordId: place.id, sourceId: source.id, quote: "Row 3: Somewhere 3" });
  const late = await createCitation({ recordType: "PLACE", recordId: place.id, sourceId: source.id, quote: lines[500] });
  const parts = Math.ceil(source.snapshot.length / 10_000);
  const lateAt = `/sources/${source.id}/parts/${Math.floor(late.startOffset! / 10_000) + 1}`;

  await page.goto(`/places/${place.slug}`);
  const notes = page.getByRole("list", { name: "Footnotes" });
  await expect(notes.locator(`blockquote a[href="/sources/${source.id}#quote-${early.id}"]`)).toHaveCount(1);
  await notes.locator(`blockquote a[href="${lateAt}#quote-${late.id}"]`).click();
  await expect(page).toHaveURL(`${lateAt}#quote-${late.id}`);
  await expect(page.locator(`mark#quote-${late.id}`)).toContainText(place.name);
  const partsNav = page.getByRole("navigation", { name: "Parts of the source" });
  await expect(partsNav).toContainText(`of ${parts}`);
  // The part lists only the claims quoted in it. (Role queries: the page navigated from is
  // kept in the document, hidden, for going back.)
  await expect(page.getByRole("link", { name: place.name, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "“Row 3: Somewhere 3”" })).toHaveCount(0);
  await expectAccessible(page);

  await partsNav.getByRole("link", { name: /^← Part/ }).click();
  await expect(partsNav).toContainText(`Part 2 of ${parts}`);
  await expect(page.getByRole("link", { name: place.name, exact: true })).toHaveCount(0);
  expect((await page.request.get(`/sources/${source.id}/parts/${parts + 1}`)).status()).toBe(404);
  expect((await page.request.get(`/sources/${source.id}/parts/1`)).status()).toBe(404);
});
