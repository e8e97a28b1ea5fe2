import { test, expect } from "./fixtures";
import { auditActions, createPlaceChange, createReviewedPlace, createUser, findChange, placeContent } from "./factories";

test("approving an edit of a place that changed since is refused until its author rebases it", async ({
  page,
  loginAs,
  loginInNewContext,
}) => {
  const published = placeContent({ summary: "A castle town." });
  const place = await createReviewedPlace([published]);
  const first = await createPlaceChange({
    author: await createUser(),
    place,
    content: { ...published, summary: "A castle town on a river." },
  });
  const secondEditor = await loginAs("EDITOR");
  const renamed = { ...published, name: `${published.name} City` };
  const second = await createPlaceChange({ author: secondEditor, place, content: renamed });
  const { user: reviewer, page: review } = await loginInNewContext("REVIEWER");

  await review.goto(`/admin/review/${first.id}`);
  await review.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(review).toHaveURL(`/admin/review?decided=${first.id}`);

  await review.goto(`/admin/review/${second.id}`);
  const item = review.getByRole("region", { name: `Edit of place ${renamed.name}` });
  await expect(item.getByRole("alert")).toContainText(
    "This place changed since the change was prepared (prepared against version 1, published now: version 2)",
  );
  await review.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(review.getByRole("alert").filter({ hasText: "must rebase" })).toHaveText(
    "This record changed since the change was prepared — the author must rebase it on the current version.",
  );
  await expect(item.getByText("changed since — rebase")).toBeVisible();
  expect(await findChange(second.id)).toMatchObject({
    status: "SUBMITTED",
    items: [{ status: "PENDING", baseVersion: 1, payload: renamed }],
  });

  await page.goto(`/places/${place.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(published.name);
  await expect(page.getByText("A castle town on a river.")).toBeVisible();

  // The author revises a change once it is back with them.
  await review.getByRole("textbox", { name: "Comment to the author" }).fill("Rebase on version 2, please.");
  await review.getByRole("button", { name: "Return to author" }).click();
  await expect(review).toHaveURL(`/admin/review?decided=${second.id}`);

  await page.goto(`/admin/changes/${second.id}`);
  await page.getByRole("link", { name: "Revise and resubmit" }).click();
  const stale = page.getByRole("region", { name: `Edit of place ${renamed.name}` }).getByRole("alert");
  await expect(stale).toContainText("prepared against version 1, published now: version 2");
  const summaryMoved = stale.getByRole("row", { name: "Summary", exact: true }).getByRole("cell");
  await expect(summaryMoved).toHaveText(["A castle town.", "A castle town on a river."]);
  await expect(page.getByRole("textbox", { name: "English name" })).toHaveValue(renamed.name);
  await page.getByRole("textbox", { name: "Summary" }).fill("A castle town on a river.");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(`/admin/changes?submitted=${second.id}`);

  await review.goto(`/admin/review/${second.id}`);
  await expect(review.getByRole("row", { name: "Summary", exact: true })).toBeVisible();
  await expect(review.getByRole("main").getByRole("alert")).toHaveCount(0);
  await review.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(review).toHaveURL(`/admin/review?decided=${second.id}`);

  await page.goto(`/places/${place.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(renamed.name);
  await expect(page.getByText("A castle town on a river.")).toBeVisible();

  expect(await auditActions(first.id)).toEqual([{ action: "change.approved", actorId: reviewer.id, targetType: "CHANGE_REQUEST" }]);
  expect(await auditActions(second.id)).toEqual([
    { action: "change.returned", actorId: reviewer.id, targetType: "CHANGE_REQUEST" },
    { action: "change.submitted", actorId: secondEditor.id, targetType: "CHANGE_REQUEST" },
    { action: "change.approved", actorId: reviewer.id, targetType: "CHANGE_REQUEST" },
  ]);
});
