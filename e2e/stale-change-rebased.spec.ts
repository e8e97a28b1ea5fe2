import { test, expect } from "./fixtures";
import { createPlaceChange, createReviewedPlace, createUser, findChange, placeContent } from "./factories";

const OUT_OF_DATE = "Out of date: the record changed since this change was prepared";

test("an edit overtaken by a colleague's approval is marked out of date, and rebasing it keeps the colleague's field", async ({
  page,
  loginAs,
  loginInNewContext,
}) => {
  const published = placeContent({ summary: "A castle town." });
  const place = await createReviewedPlace([published]);
  const author = await loginAs("EDITOR");
  const mine = await createPlaceChange({ author, place, content: { ...published, summary: "A castle town on the Tsugaru plain." } });
  const colleague = await createPlaceChange({
    author: await createUser(),
    place,
    content: { ...published, latitude: 40.6, longitude: 140.46 },
  });
  const { page: review } = await loginInNewContext("REVIEWER");

  await review.goto(`/admin/review/${colleague.id}`);
  await review.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(review).toHaveURL(`/admin/review?decided=${colleague.id}`);
  const queued = review.getByRole("row").filter({ has: review.getByRole("link", { name: mine.title }) });
  await expect(queued.getByText(OUT_OF_DATE)).toBeVisible();
  await review.goto(`/admin/review/${mine.id}`);
  await expect(review.getByText(OUT_OF_DATE)).toBeVisible();

  await page.goto(`/admin/changes/${mine.id}`);
  await expect(page.getByText(OUT_OF_DATE)).toBeVisible();
  await page.getByRole("link", { name: "Revise and resubmit" }).click();
  // The form shows the author's edit rebased: their summary, and the colleague's coordinates.
  await expect(page.getByRole("textbox", { name: "Summary" })).toHaveValue("A castle town on the Tsugaru plain.");
  await expect(page.getByRole("textbox", { name: "Latitude" })).toHaveValue("40.6");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(`/admin/changes?submitted=${mine.id}`);

  const rebased = await findChange(mine.id);
  const pending = rebased.items.find((item) => item.status === "PENDING");
  expect(pending).toMatchObject({
    baseVersion: 2,
    payload: { summary: "A castle town on the Tsugaru plain.", latitude: 40.6, longitude: 140.46 },
  });
  await review.goto(`/admin/review?author=${author.id}`);
  await expect(queued).toBeVisible();
  await expect(queued.getByText(OUT_OF_DATE)).toHaveCount(0);

  await review.goto(`/admin/review/${mine.id}`);
  await review.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(review).toHaveURL(`/admin/review?decided=${mine.id}`);
  await page.goto(`/places/${place.slug}`);
  await expect(page.getByText("A castle town on the Tsugaru plain.")).toBeVisible();
});
