import { test, expect, catchActionCall, sendActionCall } from "./fixtures";
import { auditActions, createPlaceChange, createUser, db, findChange, placeContent } from "./factories";

test("the decision action refuses callers without a session and editors, and approves nothing", async ({ page, loginAs, request }) => {
  const reviewer = await loginAs("REVIEWER");
  const content = placeContent();
  const change = await createPlaceChange({ author: await createUser(), content });
  await page.goto(`/admin/review/${change.id}`);
  const call = await catchActionCall(page, () => page.getByRole("button", { name: "Approve", exact: true }).click());
  const path = `/admin/review/${change.id}`;

  const anonymous = await sendActionCall(request, path, call);
  expect(anonymous.status()).toBe(307);
  expect(anonymous.headers()["location"]).toBe(`/login?callbackUrl=${encodeURIComponent(path)}`);

  const forged = await sendActionCall(request, path, call, "not-a-session-token");
  expect(forged.headers()["x-action-redirect"]).toMatch(/^\/login(;|$)/);
  expect(await forged.text()).not.toContain('"ok":true');

  const editor = await createUser({ role: "EDITOR" });
  const refused = await sendActionCall(request, path, call, editor);
  // Refused before the input is read: sent to the dashboard with "not allowed".
  expect(refused.headers()["x-action-redirect"]).toMatch(/^\/admin\?denied=1/);
  expect(await refused.text()).not.toContain('"ok":true');

  expect(await findChange(change.id)).toMatchObject({ status: "SUBMITTED", reviewerId: null });
  expect(await db.place.count({ where: { name: content.name } })).toBe(0);
  expect(await auditActions(change.id)).toEqual([]);

  // The reviewer's own session sends the same request through: the refusals were the callers'.
  const accepted = await sendActionCall(request, path, call, reviewer);
  expect(accepted.headers()["x-action-redirect"]).toMatch(new RegExp(`^/admin/review\\?decided=${change.id}`));
  expect(await db.place.count({ where: { name: content.name } })).toBe(1);
  expect(await auditActions(change.id)).toEqual([{ action: "change.approved", actorId: reviewer.id, targetType: "CHANGE_REQUEST" }]);
});
