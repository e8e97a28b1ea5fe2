import { test, expect } from "./fixtures";
import { createCitation, createPlace, createSource, createTie, db, uniqueId } from "./factories";
import { pickRecord } from "./pick";
import { selectPassage } from "./cite";
import { expectAccessible } from "./axe";
import { tiePathBetween } from "../lib/tie-path";
import type { Page } from "@playwright/test";

// Short fragments of the two shared articles (/work/shared/sources): the Gyeonggi report
// dates the signing "May 19", the Jiangsu report "June 19"; neither gives the year.
const MAY = "On May 19, Gyeonggi Province Governor Dong-yeon Kim and Jiangsu Party Secretary Xin Changxing met at Dodamso";
const JUNE = "June 19, Jiangsu and Gyeonggi Province formally signed";
const INFERRED = "year inferred from the article's date";

// Cites the agreement's date in the form: the passage, the value, and how the source writes it.
async function citeSigningDate(page: Page, source: string, passage: string, value: string, notation: string) {
  await pickRecord(page, "Source for the date signed", source);
  await selectPassage(page, "the date signed", source, passage);
  const group = page.getByRole("group", { name: "Source for the date signed" });
  await group.getByLabel("Value the source states for the date signed").fill(value);
  await group.getByLabel("How the source writes it").fill(notation);
  await group.getByLabel("Inferred part and why").fill(INFERRED);
}

async function submittedChange(page: Page) {
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(/\/admin\/changes\?submitted=/);
  return new URL(page.url()).searchParams.get("submitted")!;
}

async function approve(review: Page, changeId: string) {
  await review.goto(`/admin/review/${changeId}`);
  await review.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(review).toHaveURL(`/admin/review?decided=${changeId}`);
}

test("an agreement's signing date cited to both articles shows that the sources differ until a reviewer settles it", async ({
  page,
  loginAs,
  loginInNewContext,
}) => {
  // Three accounts, two forms, three approvals and three accessibility checks: about 20 s
  // alone on two cores, past the default limit when another test runs beside it.
  test.slow();
  const suffix = uniqueId();
  const gyeonggi = await createPlace({ name: `Gyeonggi ${suffix}`, country: "KR", level: "PROVINCE" });
  const jiangsu = await createPlace({ name: `Jiangsu ${suffix}`, country: "CN", level: "PROVINCE" });
  const title = `Sisterhood Agreement between Gyeonggi and Jiangsu ${suffix}`;
  const gyeonggiNews = await createSource({
    title: `From Friendship to Sisterhood ${suffix}`,
    snapshot: `${MAY}. They signed the sisterhood agreement.`,
  });
  const jiangsuNews = await createSource({ title: `Jiangsu delegation's trip ${suffix}`, snapshot: `${JUNE} the friendship agreement.` });

  await loginAs("EDITOR");
  await page.goto("/admin/agreements/new");
  await page.getByLabel("Kind of agreement", { exact: true }).selectOption({ label: "Sisterhood agreement" });
  await page.getByLabel("Date signed", { exact: true }).fill("2024");
  await page.getByLabel("Title as the source gives it").fill(title);
  await pickRecord(page, "Party 1", gyeonggi.name);
  await pickRecord(page, "Party 2", jiangsu.name);
  for (const [claim, passage] of [
    ["the kind of agreement", "signed the sisterhood agreement"],
    ["the parties", "Gyeonggi Province Governor"],
  ]) {
    await pickRecord(page, `Source for ${claim}`, gyeonggiNews.title);
    await selectPassage(page, claim, gyeonggiNews.title, passage);
  }
  await citeSigningDate(page, gyeonggiNews.title, "On May 19", "2024-05-19", "May 19");
  await expectAccessible(page, "new agreement form");
  const created = await submittedChange(page);

  const { page: review } = await loginInNewContext("REVIEWER");
  await approve(review, created);

  // The Jiangsu report, cited later through the edit form, gives another day.
  await page.goto(`/admin/agreements?q=${suffix}`);
  await page.getByRole("link", { name: `Edit ${title}` }).click();
  await citeSigningDate(page, jiangsuNews.title, JUNE, "2024-06-19", "June 19");
  await approve(review, await submittedChange(page));

  const agreement = await db.agreement.findFirstOrThrow({ where: { title } });
  await page.goto(`/agreements/${agreement.slug}`);
  const lede = page.locator(".lede");
  await expect(lede).toContainText("signed 2024");
  await expect(lede).toContainText("sources differ: 19 May 2024 / 19 June 2024");
  const notes = page.getByRole("list", { name: "Footnotes" }).getByRole("listitem");
  const mayNote = notes.filter({ hasText: "“On May 19”" });
  await expect(mayNote).toContainText(gyeonggiNews.title);
  await expect(mayNote).toContainText("states 19 May 2024");
  await expect(mayNote.getByText(`writes “May 19”; ${INFERRED}`)).toBeVisible();
  await expect(notes.filter({ hasText: jiangsuNews.title }).getByText(`writes “June 19”; ${INFERRED}`)).toBeVisible();
  await expectAccessible(page, "agreement page with a disputed date");

  await review.goto("/admin/coverage");
  await review
    .getByRole("link", { name: "Settle" })
    .and(review.locator(`[href*="recordId=${agreement.id}"]`))
    .click();
  const values = review.getByRole("cell").filter({ hasText: "writes “June 19”" });
  await expect(values).toContainText("19 June 2024");
  await expectAccessible(review, "dispute page");
  const settle = review.getByRole("form", { name: "Settle the dispute" });
  await settle.getByRole("group", { name: "Preferred value" }).getByRole("radio", { name: "19 June 2024" }).check();
  const reason = "The provincial report names the day of the signing ceremony";
  await settle.getByLabel("Reason").fill(reason);
  await settle.getByRole("button", { name: "Propose settlement" }).click();
  await expect(review).toHaveURL(/\/admin\/changes\?submitted=/);
  const settlement = new URL(review.url()).searchParams.get("submitted")!;
  const { page: second } = await loginInNewContext("REVIEWER");
  await approve(second, settlement);

  await page.reload();
  await expect(lede).toContainText("signed 19 June 2024");
  await expect(lede).toContainText(`sources differ: also 19 May 2024 (not preferred: ${reason})`);
  await expect(lede.locator(".tag-warn")).toHaveCount(0);
});

test("a year and a day within it are no dispute: “2010” and “2010-05-23” agree", async ({ page, loginInNewContext }) => {
  const suffix = uniqueId();
  const yangzhou = await createPlace({ name: `Yangzhou ${suffix}`, country: "CN", level: "PREFECTURE_LEVEL_CITY" });
  const nara = await createPlace({ name: `Nara ${suffix}`, country: "JP", level: "CITY" });
  const tie = await createTie({ places: [yangzhou, nara], events: [{ type: "ESTABLISHED", kind: "FRIENDSHIP", occurredOn: "2010" }] });
  const [established] = tie.events;
  const report = await createSource({
    title: `Jiangsu delegation's trip ${suffix}`,
    snapshot: "In 2010, Yangzhou City and Nara City formally concluded a friendship city.",
  });
  const notice = await createSource({ title: `City hall notice ${suffix}`, snapshot: "The two cities signed on 23 May 2010 in Nara." });
  const claim = { recordType: "TIE_EVENT" as const, recordId: established.id, field: "occurredOn" };
  await createCitation({ ...claim, sourceId: report.id, quote: "In 2010, Yangzhou City and Nara City", assertedValue: "2010" });
  await createCitation({ ...claim, sourceId: notice.id, quote: "signed on 23 May 2010", assertedValue: "2010-05-23" });

  await page.goto(tiePathBetween(yangzhou, nara));
  const timeline = page.getByRole("list", { name: /^History of the tie/ });
  await expect(timeline).toContainText("2010");
  await expect(timeline.getByRole("link", { name: /^Source \d+$/ })).toHaveCount(2);
  await expect(timeline).not.toContainText("sources differ");

  const { page: review } = await loginInNewContext("REVIEWER");
  await review.goto("/admin/coverage");
  await expect(review.getByRole("heading", { name: "Disputed claims" })).toBeVisible();
  await expect(review.locator(`[href*="recordId=${established.id}"]`)).toHaveCount(0);
});
