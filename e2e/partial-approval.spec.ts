import { test, expect } from "./fixtures";
import { auditActions, createPlaceChange, createReviewedPlace, db, placeContent } from "./factories";

test("a reviewer approves only the summary of an edit; the name goes back to the editor", async ({ page, loginAs, loginInNewContext }) => {
  const editor = await loginAs("EDITOR");
  const published = placeContent({ summary: "A spa town." });
  const place = await createReviewedPlace([published]);
  const proposed = { ...published, name: `${published.name} Onsen`, summary: "A spa town in the mountains." };
  const change = await createPlaceChange({ author: editor, place, content: proposed });
  await page.goto(`/places/${place.slug}`);
  await expect(page.getByText("A spa town.", { exact: true })).toBeVisible();

  const { user: reviewer, page: review } = await loginInNewContext("REVIEWER");
  await review.goto(`/admin/review/${change.id}`);
  await review.getByRole("row", { name: "Summary", exact: true }).getByRole("checkbox", { name: "Approve this field" }).check();
  await review.getByRole("textbox", { name: "Comment to the author" }).fill("The summary is right; keep the official name.");
  await review.getByRole("button", { name: "Approve selected" }).click();
  await expect(review).toHaveURL(`/admin/review?decided=${change.id}`);

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(published.name);
  await expect(page.getByText("A spa town in the mountains.")).toBeVisible();

  await page.goto("/admin/changes");
  await expect(page.getByRole("row").filter({ hasText: change.title }).getByRole("cell").nth(1)).toHaveText("Partly approved");
  await page.getByRole("link", { name: change.title }).click();
  await expect(page.getByRole("paragraph").filter({ hasText: "Proposed by" })).toContainText(
    `Partly approved Proposed by ${editor.name} · reviewed by ${reviewer.name}`,
  );
  const comment = page.getByRole("region", { name: "Comments" }).getByRole("listitem");
  await expect(comment).toContainText(reviewer.name);
  await expect(comment).toContainText("The summary is right; keep the official name.");

  expect(await db.place.findUniqueOrThrow({ where: { id: place.id } })).toMatchObject({
    name: published.name,
    summary: proposed.summary,
    version: 2,
  });
  expect(await auditActions(change.id)).toEqual([{ action: "change.approved", actorId: reviewer.id, targetType: "CHANGE_REQUEST" }]);
  expect(await db.auditEvent.findFirstOrThrow({ where: { targetId: change.id } })).toMatchObject({ detail: { partial: true } });
});
