import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { countChangeRequests, db, uniqueId } from "./factories";

type SourceFields = { url: string; title: string; snapshot: string };

async function registerSource(page: Page, { url, title, snapshot }: SourceFields) {
  await page.goto("/admin/sources/new");
  await page.getByLabel("Address (URL)").fill(url);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Text as you read it").fill(snapshot);
  await page.getByRole("button", { name: "Register source" }).click();
}

test("an editor registers a source once; other spellings of its address are recognised before and after review", async ({
  page,
  loginAs,
  loginInNewContext,
}) => {
  const editor = await loginAs("EDITOR");
  const id = uniqueId();
  const title = `Harbour cities sign a friendship pact ${id}`;
  await page.goto("/admin/sources/new");
  await page.getByLabel("Address (URL)").fill(`https://www.harbour-news-${id}.example/2025/04/pact`);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Publisher").fill("Harbour News");
  await page.getByLabel("Kind").selectOption({ label: "News report" });
  await page.getByLabel("Language").selectOption({ label: "English" });
  await page.getByLabel("Published").fill("2025-04-18");
  await page.getByLabel("Accessed").fill("2025-05-02");
  await page.getByLabel("Text as you read it").fill(`The two harbour cities signed a friendship pact on 18 April 2025 (${id}).`);
  await page.getByRole("button", { name: "Register source" }).click();

  await expect(page).toHaveURL(/\/admin\/changes\?submitted=/);
  await expect(page.getByRole("heading", { name: "My changes" })).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: `New source: ${title}` }) });
  await expect(row.getByRole("cell").nth(1)).toHaveText("Awaiting review");
  const changeId = new URL(page.url()).searchParams.get("submitted")!;

  const spellings = [
    `http://harbour-news-${id}.example/2025/04/pact`,
    `https://WWW.harbour-news-${id}.example/2025/04/pact/#comments`,
    `https://harbour-news-${id}.example/2025/04/pact?utm_source=newsletter&utm_medium=email`,
  ];
  for (const [i, url] of spellings.entries()) {
    await registerSource(page, {
      url,
      title: `The same article, spelt ${i}`,
      snapshot: `Another copy of the article, read a different day (${id}-${i}).`,
    });
    await expect(page.getByRole("status")).toHaveText(
      `This source is already registered: “${title}”, awaiting review. Cite that one instead of registering it again.`,
    );
  }
  expect(await countChangeRequests(editor.id)).toBe(1);

  const { page: review } = await loginInNewContext("REVIEWER");
  await review.goto(`/admin/review/${changeId}`);
  await review.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(review).toHaveURL(`/admin/review?decided=${changeId}`);
  const source = await db.source.findFirstOrThrow({ where: { title } });
  expect(source.url).toBe(`https://harbour-news-${id}.example/2025/04/pact`);

  await registerSource(page, {
    url: `http://www.harbour-news-${id}.example/2025/04/pact?fbclid=xyz#top`,
    title: "Once more",
    snapshot: `Yet another copy of the article (${id}-again).`,
  });
  const notice = page.getByRole("status");
  await expect(notice).toContainText("This source is already registered:");
  await expect(notice.getByRole("link", { name: title })).toHaveAttribute("href", `/sources/${source.id}`);
  expect(await countChangeRequests(editor.id)).toBe(1);

  await notice.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(`/sources/${source.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("News report · Harbour News · published 18 April 2025 · read 2 May 2025")).toBeVisible();
});
