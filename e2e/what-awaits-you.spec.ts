import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { createPlaceChange, createReviewedPlace, createUser, db, findChange, placeContent } from "./factories";
import { expectAccessible } from "./axe";

// Every alert the page shows from now on, however briefly: a failure that flashes before a
// success is gone by the time an assertion could look for it.
async function watchAlerts(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { seenAlerts: seen });
    new MutationObserver(() => {
      for (const alert of document.querySelectorAll('[role="alert"]')) if (alert.textContent) seen.push(alert.textContent);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { seenAlerts: string[] }).seenAlerts);
}

test("a returned change is counted in its editor's menu, listed on the dashboard with the comments, which the revise form shows at their field", async ({
  page,
  loginAs,
  loginInNewContext,
}) => {
  const editor = await loginAs("EDITOR");
  const content = placeContent({ summary: "A castle town." });
  const change = await createPlaceChange({ author: editor, content });
  await page.goto("/admin");
  const menu = page.getByRole("navigation", { name: "Editors" });
  await expect(menu.getByRole("link", { name: "Dashboard" })).toBeVisible();
  await expect(menu.getByRole("link", { name: /^Returned to you/ })).toHaveCount(0);

  const { page: review } = await loginInNewContext("REVIEWER");
  await review.goto(`/admin/review/${change.id}`);
  const alertsSeen = await watchAlerts(review);
  await review.getByRole("textbox", { name: "Comment on Summary" }).fill("Name the castle.");
  await review.getByRole("textbox", { name: "Comment to the author" }).fill("Nearly there: see the summary.");
  await review.getByRole("button", { name: "Return to author" }).click();
  await expect(review.getByRole("status")).toHaveText(`Sent back to its author: “${change.title}”.`);
  expect(await alertsSeen()).toEqual([]);

  await page.reload();
  await menu.getByRole("link", { name: "Returned to you (1)" }).click();
  const returned = page.getByRole("region", { name: "Returned to you (1)" });
  const entry = returned.getByRole("article", { name: change.title });
  const comments = entry.getByRole("listitem");
  await expect(comments.filter({ hasText: "Nearly there: see the summary." })).toBeVisible();
  await expect(comments.filter({ hasText: "Name the castle." })).toContainText("on Summary");
  await expectAccessible(page, "dashboard with a returned change");

  await entry.getByRole("link", { name: "Revise and resubmit" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Revise: ${change.title}`);
  const summary = page.getByRole("textbox", { name: "Summary" });
  await expect(summary).toHaveAccessibleDescription(/Name the castle\./);
  await expect(page.getByRole("note", { name: "The reviewer’s comment on Summary" })).toContainText("Name the castle.");
  const above = page.getByRole("region", { name: "The reviewer’s comments" });
  await expect(above).toContainText("Nearly there: see the summary.");
  await expect(above).not.toContainText("Name the castle.");
  // The title streams in after the page on a client-side navigation.
  await expect(page).toHaveTitle(/Revise/);
  await expectAccessible(page, "revise form with the reviewer's comments");

  await summary.fill("A castle town around Himeji Castle.");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(`/admin/changes?submitted=${change.id}`);
  await expect(menu.getByRole("link", { name: /^Returned to you/ })).toHaveCount(0);
  expect((await findChange(change.id)).status).toBe("SUBMITTED");
});

test("a reviewer's approval goes through without a false alarm, and the menu counts what awaits review", async ({
  page,
  loginAs,
  loginInNewContext,
}) => {
  const reviewer = await loginAs("REVIEWER");
  const { user: editor } = await loginInNewContext("EDITOR");
  const published = placeContent({ summary: "A port." });
  const place = await createReviewedPlace([published]);
  const change = await createPlaceChange({ author: editor, place, content: { ...published, summary: "A port city." } });

  await page.goto("/admin");
  const awaiting = page.getByRole("navigation", { name: "Editors" }).getByRole("link", { name: /^Awaiting your review \((\d+)\)$/ });
  await expect(awaiting).toBeVisible();
  const before = Number(/\((\d+)\)/.exec((await awaiting.textContent())!)![1]);
  expect(before).toBeGreaterThanOrEqual(1);
  await expect(page.getByRole("region", { name: `Awaiting your review (${before})` })).toBeVisible();
  // What the menu reads again after each navigation: this reviewer's own counts.
  const counts = await (await page.request.get("/admin/api/awaiting")).json();
  expect(counts).toMatchObject({ returned: 0, drafts: 0 });
  expect(counts.toReview).toBeGreaterThanOrEqual(1);

  await page.goto(`/admin/review/${change.id}`);
  const alertsSeen = await watchAlerts(page);
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText(`Approved: “${change.title}”.`);
  expect(await alertsSeen()).toEqual([]);
  expect((await findChange(change.id)).reviewerId).toBe(reviewer.id);
});

test("a decision the server fails to apply says what was not applied, and keeps the reviewer's words", async ({
  page,
  loginAs,
  loginInNewContext,
}) => {
  await loginAs("REVIEWER");
  const { user: editor } = await loginInNewContext("EDITOR");
  const change = await createPlaceChange({ author: editor, content: placeContent() });
  await page.goto(`/admin/review/${change.id}`);
  await page.route(`/admin/review/${change.id}`, (route) =>
    route.request().method() === "POST" ? route.fulfill({ status: 500, body: "Internal Server Error" }) : route.fallback(),
  );
  await page.getByRole("textbox", { name: "Comment to the author" }).fill("Which prefecture?");
  await page.getByRole("button", { name: "Return to author" }).click();
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toHaveText(
    "The change was not returned: its author has not been sent your comments, which are still here. Try again.",
  );
  await expect(page.getByRole("textbox", { name: "Comment to the author" })).toHaveValue("Which prefecture?");
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(alert).toHaveText("The approval did not go through: nothing was published and the change still awaits review. Try again.");
  expect(await findChange(change.id)).toMatchObject({ status: "SUBMITTED", comments: [] });
});

test("the audit log names who acted on which change, in words, and links to the change as its reviewer saw it", async ({
  page,
  loginAs,
}) => {
  await loginAs("ADMIN");
  const [reviewer, editor] = await Promise.all([createUser({ role: "REVIEWER" }), createUser({ role: "EDITOR" })]);
  const content = placeContent({ summary: "A hot-spring town." });
  const change = await createPlaceChange({ author: editor, content });
  await db.auditEvent.create({
    data: {
      actorId: reviewer.id,
      action: "change.returned",
      targetType: "CHANGE_REQUEST",
      targetId: change.id,
      detail: { comment: "Which spring?" },
    },
  });

  await page.goto(`/admin/audit?action=change.returned&actor=${encodeURIComponent(reviewer.email)}`);
  const row = page.getByRole("table").getByRole("rowgroup").nth(1).getByRole("row");
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell").nth(1)).toContainText(reviewer.name);
  await expect(row.getByRole("cell").nth(2)).toHaveText("Change returned");
  await expect(row.getByRole("cell").nth(3)).toHaveText(`Change: ${change.title}`);
  await expect(row.getByRole("cell").nth(4)).toHaveText("Comment: Which spring?");
  await expect(row).not.toContainText(change.id);
  await expectAccessible(page, "audit log");

  await row.getByRole("link", { name: change.title }).click();
  await expect(page).toHaveURL(`/admin/review/${change.id}`);
  const item = page.getByRole("region", { name: `New place ${content.name}` });
  await expect(item.getByRole("row", { name: "Summary", exact: true })).toContainText("A hot-spring town.");
});
