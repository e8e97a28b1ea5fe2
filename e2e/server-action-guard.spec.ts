import type { APIRequestContext, Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { countChangeRequests, db, disableUser, uniqueId } from "./factories";

type PlaceCall = { actionId: string; target: unknown; input: Record<string, unknown>; submit: unknown };

// A server action is a public POST endpoint: the page URL, a `Next-Action` header naming the
// action, and the JSON-encoded arguments. Fill the form validly and catch the browser's own
// request (without letting it through) to learn the action id and the input's shape.
async function capturePlaceCall(page: Page): Promise<PlaceCall> {
  await page.goto("/admin/places/new");
  await page.getByLabel("English name").fill(`Replayville ${uniqueId()}`);
  await page.getByRole("textbox", { name: "Name 1", exact: true }).fill("重放市");
  const request = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await page.route("/admin/places/new", (route) => (route.request().method() === "POST" ? route.abort() : route.fallback()));
  await page.getByRole("button", { name: "Submit for review" }).click();
  const sent = await request;
  // savePlaceProposal(target, input, submit): keep the browser's target and submit flag.
  const [target, input, submit] = JSON.parse(sent.postData()!);
  return { actionId: sent.headers()["next-action"], target, input, submit };
}

function callAction(api: APIRequestContext, { actionId, target, input, submit }: PlaceCall) {
  return api.post("/admin/places/new", {
    headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    data: JSON.stringify([target, input, submit]),
    maxRedirects: 0,
  });
}

const countProposalsOf = (placeName: unknown) => db.changeRequest.count({ where: { title: `New place: ${placeName}` } });

test("the action refuses data the form would have refused, and stores nothing", async ({ page, loginAs }) => {
  const user = await loginAs("EDITOR");
  const call = await capturePlaceCall(page);

  const refused = await callAction(page.request, { ...call, input: { ...call.input, name: "" } });
  expect(refused.status()).toBe(200);
  expect(await refused.text()).toContain(`"fieldErrors":{"name":"Enter the place's English name"}`);
  expect(await countChangeRequests(user.id)).toBe(0);

  // The same request with the form's valid data goes through, so the refusal above was the action's.
  const accepted = await callAction(page.request, call);
  expect(accepted.headers()["x-action-redirect"]).toMatch(/^\/admin\/changes\?submitted=/);
  expect(await countChangeRequests(user.id)).toBe(1);
});

test("without a session cookie the request never reaches the action", async ({ page, loginAs, request }) => {
  await loginAs("EDITOR");
  const call = await capturePlaceCall(page);

  const response = await callAction(request, call);

  expect(response.status()).toBe(307);
  expect(response.headers()["location"]).toBe("/login?callbackUrl=%2Fadmin%2Fplaces%2Fnew");
  expect(await countProposalsOf(call.input.name)).toBe(0);
});

test("a session of a since-disabled account is refused by the action itself", async ({ page, loginAs }) => {
  const user = await loginAs("EDITOR");
  const call = await capturePlaceCall(page);
  await disableUser(user.id);

  const response = await callAction(page.request, call);

  expect(response.headers()["x-action-redirect"]).toMatch(/^\/login(;|$)/);
  expect(await response.text()).not.toContain('"ok":true');
  expect(await countProposalsOf(call.input.name)).toBe(0);
});
