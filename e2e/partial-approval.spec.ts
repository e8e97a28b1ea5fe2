import { test, expect } from "./fixtures";
import {
  auditActions,
  citationPayload,
  createPlaceChange,
  createReviewedPlace,
  createSource,
  createUser,
  db,
  placeContent,
} from "./factories";

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

test("approving a new place alone ticks the parts citing it, so it is published with its source", async ({ page, loginAs }) => {
  const author = await createUser();
  const [cited, other] = [placeContent(), placeContent()];
  const source = await createSource({ snapshot: `${cited.name} welcomed the guests.` });
  const citation = citationPayload({
    recordType: "PLACE",
    recordId: "ref:cited",
    sourceId: source.id,
    quote: `${cited.name} welcomed the guests`,
  });
  const change = await db.changeRequest.create({
    data: {
      title: `New places: ${cited.name}, ${other.name}`,
      authorId: author.id,
      status: "SUBMITTED",
      submittedAt: new Date(),
      items: {
        create: [
          { sequence: 0, recordType: "PLACE", operation: "CREATE", ref: "cited", payload: cited },
          { sequence: 1, recordType: "PLACE", operation: "CREATE", ref: "other", payload: other },
          { sequence: 2, recordType: "CITATION", operation: "CREATE", ref: "citation", payload: citation },
        ],
      },
    },
  });

  await loginAs("REVIEWER");
  await page.goto(`/admin/review/${change.id}`);
  const quoted = page.getByRole("region", { name: /^New citation / });
  await expect(quoted.getByRole("checkbox", { name: /^Approve this citation as a whole/ })).not.toBeChecked();
  await page
    .getByRole("region", { name: `New place ${cited.name}` })
    .getByRole("checkbox", { name: "Approve this place as a whole, with its citations" })
    .check();
  await expect(quoted.getByRole("checkbox", { name: /^Approve this citation as a whole/ })).toBeChecked();
  await page.getByRole("textbox", { name: "Comment to the author" }).fill("The other place needs a source.");
  await page.getByRole("button", { name: "Approve selected" }).click();
  await expect(page).toHaveURL(`/admin/review?decided=${change.id}`);

  const place = await db.place.findFirstOrThrow({ where: { name: cited.name } });
  expect(await db.citation.count({ where: { recordType: "PLACE", recordId: place.id } })).toBe(1);
  expect(await db.place.count({ where: { name: other.name } })).toBe(0);
});
