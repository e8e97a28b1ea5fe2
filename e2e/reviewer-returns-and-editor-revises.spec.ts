import { test, expect } from "./fixtures";
import { auditActions, createPlaceChange, db, findChange, placeContent } from "./factories";

test("a reviewer returns a change with comments; the editor revises and resubmits it, and it is approved", async ({
  page,
  loginAs,
  loginInNewContext,
}) => {
  const editor = await loginAs("EDITOR");
  const content = placeContent({ summary: "A harbour town." });
  const change = await createPlaceChange({ author: editor, content });
  const { user: reviewer, page: review } = await loginInNewContext("REVIEWER");

  await review.goto(`/admin/review/${change.id}`);
  const comment = review.getByRole("textbox", { name: "Comment to the author" });
  await review.getByRole("button", { name: "Return to author" }).click();
  await expect(comment).toHaveAttribute("aria-invalid", "true");
  await expect(comment).toHaveAccessibleDescription("Say what the author should change.");
  expect(await findChange(change.id)).toMatchObject({ status: "SUBMITTED", comments: [] });

  await review.getByRole("textbox", { name: "Comment on Summary" }).fill("Which harbour? Name it.");
  await comment.fill("Please make the summary specific.");
  await review.getByRole("button", { name: "Return to author" }).click();
  await expect(review).toHaveURL(`/admin/review?decided=${change.id}`);

  await page.goto("/admin/changes");
  await page.getByRole("link", { name: change.title }).click();
  await expect(page).toHaveURL(`/admin/changes/${change.id}`);
  await expect(page.getByRole("paragraph").filter({ hasText: "Proposed by" })).toContainText(
    `Returned Proposed by ${editor.name} · reviewed by ${reviewer.name}`,
  );
  const comments = page.getByRole("region", { name: "Comments" }).getByRole("listitem");
  await expect(comments.filter({ hasText: "Please make the summary specific." })).toContainText(reviewer.name);
  await expect(comments.filter({ hasText: "Which harbour? Name it." })).toContainText("on Summary");

  await page.getByRole("link", { name: "Revise and resubmit" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Revise: ${change.title}`);
  await expect(page.getByRole("textbox", { name: "English name" })).toHaveValue(content.name);
  const summary = page.getByRole("textbox", { name: "Summary" });
  await expect(summary).toHaveValue("A harbour town.");
  await summary.fill("A harbour town on the Seto Inland Sea.");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(`/admin/changes?submitted=${change.id}`);
  await expect(page.getByRole("row").filter({ hasText: change.title }).getByRole("cell").nth(1)).toHaveText("Awaiting review");

  await review.goto(`/admin/review/${change.id}`);
  await expect(review.getByRole("row", { name: "Summary", exact: true })).toContainText("A harbour town on the Seto Inland Sea.");
  await review.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(review).toHaveURL(`/admin/review?decided=${change.id}`);

  const place = await db.place.findFirstOrThrow({ where: { name: content.name } });
  await page.goto(`/places/${place.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(content.name);
  await expect(page.getByText("A harbour town on the Seto Inland Sea.")).toBeVisible();

  expect(await auditActions(change.id)).toEqual([
    { action: "change.returned", actorId: reviewer.id, targetType: "CHANGE_REQUEST" },
    { action: "change.submitted", actorId: editor.id, targetType: "CHANGE_REQUEST" },
    { action: "change.approved", actorId: reviewer.id, targetType: "CHANGE_REQUEST" },
  ]);
});
