import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { countChangeRequests, createSource, db, uniqueId } from "./factories";
import { expectAccessible } from "./axe";

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

test("a list longer than the form holds is corrected in its details, and its text is kept", async ({
  page,
  loginAs,
  loginInNewContext,
}) => {
  const id = uniqueId();
  const snapshot = `Twin towns of ${id}. ${"Ayabe, Japan — Changshu, China. ".repeat(7_000)}`.trimEnd();
  const source = await createSource({ title: `List of twin towns ${id}`, snapshot });
  await loginAs("EDITOR");
  await page.goto(`/admin/sources/${source.id}/edit`);
  await expect(page.getByText(`${snapshot.length.toLocaleString("en")} characters, kept as stored`)).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Text as you read it" })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByLabel("Title").fill(`List of twin towns and sister cities ${id}`);
  await page.getByRole("button", { name: "Propose correction" }).click();
  await expect(page).toHaveURL(/\/admin\/changes\?submitted=/);

  const changeId = new URL(page.url()).searchParams.get("submitted");
  const { page: review } = await loginInNewContext("REVIEWER");
  await review.goto(`/admin/review/${changeId}`);
  // The review shows the text's start and length, not the whole twice over.
  await expect(review.getByRole("row", { name: "Title" })).toBeVisible();
  const text = review.getByRole("row", { name: "Text as read" }).getByRole("cell");
  await expect(text.nth(0)).toContainText(`(${snapshot.length.toLocaleString("en")} characters)`);
  await expect(text.nth(1)).toContainText(`(${snapshot.length.toLocaleString("en")} characters)`);
  await review.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(review).toHaveURL(`/admin/review?decided=${changeId}`);
  const stored = await db.source.findUniqueOrThrow({ where: { id: source.id } });
  expect(stored.title).toBe(`List of twin towns and sister cities ${id}`);
  expect(stored.snapshot).toBe(snapshot);
});

test("a source with the title of a published one is registered, and flagged to the editor and to the reviewer", async ({
  page,
  loginAs,
  loginInNewContext,
}) => {
  const published = await createSource({ title: `Harbour cities sign a trade pact ${uniqueId()}` });
  await loginAs("EDITOR");
  await page.goto("/admin/sources/new");
  await page.getByLabel("Title").fill(published.title.toUpperCase());
  const same = page.getByRole("list", { name: "Possibly the same source" });
  await expect(same.getByRole("link", { name: published.title })).toHaveAttribute("href", `/sources/${published.id}`);
  await page.getByLabel("Text as you read it").fill(`${published.snapshot} And the rest of the article, read in full.`);
  await page.getByRole("button", { name: "Register source" }).click();
  await expect(page).toHaveURL(/\/admin\/changes\?submitted=/);

  const { page: review } = await loginInNewContext("REVIEWER");
  await review.goto(`/admin/review/${new URL(page.url()).searchParams.get("submitted")}`);
  await expect(review.getByRole("list", { name: "Possibly the same source" })).toContainText(published.title);
});
