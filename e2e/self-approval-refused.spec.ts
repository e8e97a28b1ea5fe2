import { test, expect, catchActionCall, sendActionCall } from "./fixtures";
import { auditActions, createPlaceChange, createUser, db, findChange, placeContent } from "./factories";

test("a reviewer sees no way to approve their own change", async ({ page, loginAs }) => {
  const author = await loginAs("REVIEWER");
  const own = await createPlaceChange({ author, content: placeContent() });

  await page.goto(`/admin/review?author=${author.id}`);
  await page.getByRole("link", { name: own.title }).click();

  await expect(page.getByRole("note")).toHaveText("This is your own change: another reviewer must decide on it.");
  await expect(page.getByRole("row", { name: "English name", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: /Approve/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Return to author" })).toHaveCount(0);
});

test("the author's direct call of the decision action on their own change is refused", async ({ page, loginAs, request }) => {
  // Learn the action's id from another reviewer's real click on another change, not let through.
  await loginAs("REVIEWER");
  const other = await createPlaceChange({ author: await createUser(), content: placeContent() });
  await page.goto(`/admin/review/${other.id}`);
  const call = await catchActionCall(page, () => page.getByRole("button", { name: "Approve", exact: true }).click());
  expect(call.args[0]).toBe(other.id);

  const author = await createUser({ role: "REVIEWER" });
  const content = placeContent();
  const own = await createPlaceChange({ author, content });
  const ownCall = { ...call, args: [own.id, call.args[1]] };

  const refused = await sendActionCall(request, `/admin/review/${own.id}`, ownCall, author);

  expect(await refused.text()).toContain("You cannot review your own change");
  expect(await findChange(own.id)).toMatchObject({ status: "SUBMITTED", reviewerId: null });
  expect(await db.place.count({ where: { name: content.name } })).toBe(0);
  expect(await auditActions(own.id)).toEqual([]);
  expect(await findChange(other.id)).toMatchObject({ status: "SUBMITTED" });

  // Another reviewer's session sends the same request through: the refusal was four-eyes.
  const reviewer = await createUser({ role: "REVIEWER" });
  const accepted = await sendActionCall(request, `/admin/review/${own.id}`, ownCall, reviewer);
  expect(accepted.headers()["x-action-redirect"]).toMatch(new RegExp(`^/admin/review\\?decided=${own.id}`));
  expect(await db.place.count({ where: { name: content.name } })).toBe(1);
  expect(await auditActions(own.id)).toEqual([{ action: "change.approved", actorId: reviewer.id, targetType: "CHANGE_REQUEST" }]);
});
