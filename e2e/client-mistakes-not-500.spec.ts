import { test, expect, mintSessionToken, SESSION_COOKIE } from "./fixtures";
import { createUser } from "./factories";

// A mistyped, truncated or forged address is the client's mistake: it answers 404 (or 4xx
// for a request the server refuses), never 500, which would say the server failed.
const BROKEN = "%E0%A4%A"; // a cut-off percent-encoded character

const unknownPublicAddresses = [
  `/places/${BROKEN}`,
  `/places/${BROKEN}/history`,
  `/people/${BROKEN}`,
  `/organisations/${BROKEN}`,
  `/ties/${BROKEN}`,
  `/sources/${BROKEN}`,
  "/places/%ZZ",
  `/api/auth/${BROKEN}`,
  "/places/no-such-record/history",
  "/sources/no-such-source",
  "/sources/%00",
  "/sources/no-such-source/history",
];

for (const path of unknownPublicAddresses) {
  test(`${path} answers 404`, async ({ request }) => {
    expect((await request.get(path, { maxRedirects: 0 })).status()).toBe(404);
  });
}

const unknownAdminAddresses = [
  "/admin/changes/no-such-change",
  "/admin/changes/no-such-change/edit",
  `/admin/changes/${BROKEN}`,
  "/admin/review/no-such-change",
  "/admin/places/no-such-place/edit",
  "/admin/places/no-such-place/history",
  "/admin/people/no-such-person/edit",
  "/admin/organisations/no-such-organisation/edit",
  "/admin/sources/no-such-source/edit",
  "/admin/ties/no-such-tie/events/new",
];

for (const path of unknownAdminAddresses) {
  test(`${path} answers 404 to a signed-in reviewer`, async ({ request }) => {
    const cookie = `${SESSION_COOKIE}=${await mintSessionToken(await createUser({ role: "REVIEWER" }))}`;
    const response = await request.get(path, { headers: { Cookie: cookie }, maxRedirects: 0 });
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain("Page not found");
  });
}

// Next answers an id that names no action 409 ("unavailable: reload"), a malformed one 400.
const bogusActions = [
  { actionId: "7f".repeat(21), contentType: "text/plain;charset=UTF-8", body: "[]" },
  { actionId: "not-an-action", contentType: "text/plain;charset=UTF-8", body: "[]" },
  {
    actionId: "0123abcd",
    contentType: "multipart/form-data; boundary=x",
    body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--\r\n',
  },
  { actionId: "not-an-action", contentType: "application/x-www-form-urlencoded", body: "a=b" },
];

for (const [index, { actionId, contentType, body }] of bogusActions.entries()) {
  for (const path of ["/", "/places", "/admin/places/new"]) {
    test(`a forged server action (${index + 1}) posted to ${path} is refused with a 4xx`, async ({ request }) => {
      const cookie = `${SESSION_COOKIE}=${await mintSessionToken(await createUser({ role: "EDITOR" }))}`;
      const response = await request.post(path, {
        headers: { "Next-Action": actionId, "Content-Type": contentType, Cookie: cookie },
        data: body,
        maxRedirects: 0,
      });
      expect(response.status()).toBeGreaterThanOrEqual(400);
      expect(response.status()).toBeLessThan(500);
    });
  }
}
