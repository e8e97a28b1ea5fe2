import { test, expect } from "./fixtures";
import { createAgreement, createCitation, createPlace, createSource, createTie, db } from "./factories";
import { tiePath } from "../lib/tie-path";

async function tieWithHistory() {
  const jiangsu = await createPlace({ country: "CN", level: "PROVINCE", names: [{ text: "测试省", lang: "zh-Hans" }] });
  const gyeonggi = await createPlace({ country: "KR", level: "PROVINCE", names: [{ text: "시험도", lang: "ko" }] });
  const agreement = await createAgreement({ parties: [jiangsu, gyeonggi], kind: "SISTERHOOD_AGREEMENT", signedOn: "2024" });
  const tie = await createTie({
    places: [jiangsu, gyeonggi],
    events: [
      { type: "ESTABLISHED", kind: "FRIENDSHIP_EXCHANGE", term: "friendship exchange", occurredOn: "2011" },
      { type: "UPGRADE", kind: "SISTER", term: "sisterhood", occurredOn: "2024", agreementId: agreement.id },
    ],
  });
  return { jiangsu, gyeonggi, agreement, tie, path: tiePath(tie.placeA.slug, tie.placeB.slug) };
}

test("a tie page shows both places and the dated timeline, each date with its source", async ({ page }) => {
  const { jiangsu, gyeonggi, agreement, tie, path } = await tieWithHistory();
  const source = await createSource({ snapshot: "The two provinces first forged a friendly relationship in 2011." });
  const established = tie.events.find((e) => e.type === "ESTABLISHED")!;
  await createCitation({
    recordType: "TIE_EVENT",
    recordId: established.id,
    field: "occurredOn",
    sourceId: source.id,
    quote: "first forged a friendly relationship in 2011",
    assertedValue: "2011",
  });
  await db.figure.create({ data: { label: "Students exchanged", value: 40, qualifier: "MORE_THAN", asOf: "2023", tieId: tie.id } });

  await page.goto(path);

  await expect(page.getByRole("heading", { level: 1 })).toContainText(`${tie.placeA.name} – ${tie.placeB.name}`);
  await expect(page.getByRole("link", { name: jiangsu.name })).toHaveAttribute("href", `/places/${jiangsu.slug}`);
  await expect(page.getByRole("link", { name: gyeonggi.name })).toHaveAttribute("href", `/places/${gyeonggi.slug}`);
  await expect(page.locator('[lang="ko"]')).toHaveText("시험도");
  await expect(page.getByText("Sister tie, active, since 2011")).toBeVisible();

  const timeline = page.getByRole("list", { name: /^History of the tie between/ });
  await expect(timeline.getByRole("listitem")).toHaveText([
    /^2011\[1\]: Established as friendship exchange \(“friendship exchange”\)/,
    new RegExp(`^2024: Upgraded as sister tie \\(“sisterhood”\\) — ${agreement.title}`),
  ]);
  await expect(timeline.getByRole("link", { name: agreement.title })).toHaveAttribute("href", `/agreements/${agreement.slug}`);

  await expect(page.getByRole("region", { name: "Figures" }).getByRole("listitem")).toHaveText(
    "Students exchanged: more than 40, as of 2023",
  );

  await timeline.getByRole("link", { name: "Source 1", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${path}#note-1$`));
  await expect(page.locator("#note-1 blockquote")).toHaveText("“first forged a friendly relationship in 2011”");
});

test("both places' pages link to the tie page", async ({ page }) => {
  const { jiangsu, gyeonggi, path } = await tieWithHistory();

  for (const [place, partner] of [
    [jiangsu, gyeonggi],
    [gyeonggi, jiangsu],
  ]) {
    await page.goto(`/places/${place.slug}`);
    const tie = page.getByRole("region", { name: "Ties" }).getByRole("listitem").filter({ hasText: partner.name }).first();
    await expect(tie.getByRole("link", { name: partner.name })).toHaveAttribute("href", `/places/${partner.slug}`);
    await tie.getByRole("link", { name: "Sister tie since 2011" }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
  }
});

test("a tie's address with its places the other way round leads to the stored order", async ({ page }) => {
  const { tie, path } = await tieWithHistory();

  await page.goto(tiePath(tie.placeB.slug, tie.placeA.slug));

  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(tie.placeA.name);
});
