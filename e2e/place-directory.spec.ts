import { expect, test } from "./fixtures";
import { createPlace, createTie, db, HANGUL, KANA, randomOf, uniqueId } from "./factories";
import { expectAccessible } from "./axe";

// Fifty-one places are enough for a second page whatever else the database holds.
async function createPlacesIn(country: string, count: number) {
  const prefix = `Dirtest ${uniqueId()}`;
  for (let i = 0; i < count; i++) await createPlace({ name: `${prefix} ${String(i).padStart(2, "0")}`, country });
  return prefix;
}

test("the public directory filters by country and pages forward and back", async ({ page }) => {
  await createPlacesIn("KR", 51);
  await page.goto("/places");
  const filters = page.getByRole("form", { name: "Find places" });
  await filters.getByLabel("Country").selectOption("KR");
  await filters.getByRole("button", { name: "Find" }).click();
  await expect(page).toHaveURL(/country=KR/);
  await expectAccessible(page);

  const listed = page.locator("ul.directory > li");
  await expect(listed).toHaveCount(50);
  await expect(listed.filter({ hasNotText: "South Korea" })).toHaveCount(0);
  const firstPage = await listed.getByRole("link").allTextContents();

  await page.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/country=KR.*after=/);
  const secondPage = await listed.getByRole("link").allTextContents();
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((name) => firstPage.includes(name))).toEqual([]);
  // A–Z as the database orders text (by code point), across the page break.
  expect([...firstPage, ...secondPage]).toEqual([...firstPage, ...secondPage].sort());

  await page.getByRole("link", { name: "← Previous" }).click();
  await expect(listed.getByRole("link")).toHaveText(firstPage);
  await expect(page.getByRole("link", { name: "← Previous" })).toHaveCount(0);
});

test("the directory's kind of tie keeps the places tied so and leaves the others out", async ({ page }) => {
  const name = `Sistertown ${uniqueId()}`;
  const sister = await createPlace({ name, country: "KR" });
  const partner = await createPlace({ country: "JP" });
  await createTie({ places: [sister, partner], events: [{ type: "ESTABLISHED", kind: "SISTER", occurredOn: "1995-04-01" }] });

  await page.goto(`/places?q=${encodeURIComponent(name)}&kind=SISTER`);
  await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  await page.goto(`/places?q=${encodeURIComponent(name)}&kind=FRIENDSHIP`);
  await expect(page.getByText("No place matches.")).toBeVisible();
  await page.goto(`/places?q=${encodeURIComponent(name)}&decade=1990`);
  await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  await page.goto(`/places?q=${encodeURIComponent(name)}&decade=2000`);
  await expect(page.getByText("No place matches.")).toBeVisible();
});

test("a search in Korean and one in Japanese find their places", async ({ page }) => {
  const korean = `${randomOf(HANGUL, 4)}시`;
  const japanese = `${randomOf(KANA, 5)}町`;
  const suwonLike = await createPlace({ name: `Korean ${uniqueId()}`, country: "KR", names: [{ text: korean, lang: "ko" }] });
  const naraLike = await createPlace({ name: `Japanese ${uniqueId()}`, country: "JP", names: [{ text: japanese, lang: "ja" }] });

  for (const [query, place] of [
    [korean.slice(0, 3), suwonLike],
    [japanese.slice(0, 4), naraLike],
  ] as const) {
    await page.goto("/places");
    const filters = page.getByRole("form", { name: "Find places" });
    await filters.getByLabel("Name, in any script").fill(query);
    await filters.getByRole("button", { name: "Find" }).click();
    await expect(page.getByRole("link", { name: place.name, exact: true })).toBeVisible();
  }
});

test("a name a letter off finds no place, and the directory offers the near spelling", async ({ page }) => {
  const letters = randomOf("bcdfghjklmnpqrstvwxz", 5);
  const place = await createPlace({ name: `Quarvesh ${letters}`, country: "JP" });
  await page.goto(`/places?q=${encodeURIComponent(`Quarves ${letters}`)}`);
  await expect(page.getByText("No place matches.", { exact: false })).toBeVisible();
  await expect(page.getByRole("region", { name: "Near spellings" }).getByRole("link", { name: place.name, exact: true })).toHaveAttribute(
    "href",
    `/places/${place.slug}`,
  );
  await expectAccessible(page);

  // With a filter that leaves the place out, the name may be right: no near spelling is offered.
  await page.goto(`/places?q=${encodeURIComponent(`Quarves ${letters}`)}&country=KR`);
  await expect(page.getByText("No place matches.", { exact: false })).toBeVisible();
  await expect(page.getByRole("region", { name: "Near spellings" })).toHaveCount(0);
});

test("a directory row names a place's country once, and its region when it has one", async ({ page }) => {
  const prefix = `Regiontest ${uniqueId()}`;
  const country = await createPlace({ name: `${prefix} Korea`, country: "KR", level: "COUNTRY" });
  const province = await createPlace({ name: `${prefix} Province`, country: "KR", level: "PROVINCE" });
  const city = await createPlace({ name: `${prefix} City`, country: "KR", level: "CITY" });
  await db.place.update({ where: { id: province.id }, data: { parentId: country.id } });
  await db.place.update({ where: { id: city.id }, data: { parentId: province.id } });

  await page.goto(`/places?q=${encodeURIComponent(prefix)}`);
  const row = (name: string) => page.locator("ul.directory > li").filter({ has: page.getByRole("link", { name, exact: true }) });
  await expect(row(province.name).locator(".muted")).toHaveText("Province · South Korea");
  await expect(row(city.name).locator(".muted")).toHaveText(`City, ${province.name} · South Korea`);
});

test("a search longer than the limit is cut to it and kept in the box, not dropped", async ({ page }) => {
  const name = `Longname ${uniqueId()} `.padEnd(100, "x");
  const place = await createPlace({ name, country: "JP" });

  await page.goto(`/places?q=${encodeURIComponent(`${name} and more words than any name has`)}`);
  await expect(page.getByRole("searchbox", { name: "Name, in any script" })).toHaveValue(name);
  await expect(page.getByRole("heading", { name: `Places named “${name}”` })).toBeVisible();
  await expect(page.getByRole("link", { name: place.name, exact: true })).toBeVisible();
});

test("the editors' places list searches and pages", async ({ page, loginAs }) => {
  await loginAs("EDITOR");
  // Not in Korea: run beside the directory's Korean pages, they would shift them.
  const prefix = await createPlacesIn("MN", 51);
  await page.goto("/admin/places");
  await expectAccessible(page);
  const rows = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Edit" }) });
  await expect(rows).toHaveCount(50);
  const firstPage = await rows.first().textContent();
  await page.getByRole("link", { name: "Next →" }).click();
  await expect(rows.first()).not.toHaveText(firstPage!);
  await page.getByRole("link", { name: "← Previous" }).click();
  await expect(rows.first()).toHaveText(firstPage!);

  await page.getByRole("searchbox", { name: "Name, in any script" }).fill(`${prefix} 5`);
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page.getByRole("heading", { name: `Found for “${prefix} 5”` })).toBeVisible();
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(`${prefix} 50`);
});
