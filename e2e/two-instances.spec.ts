import { spawn, type ChildProcess } from "node:child_process";
import { test, expect, mintSessionToken, SESSION_COOKIE, submitSignIn } from "./fixtures";
import { createPlaceChange, createReviewedPlace, createUser, db, placeContent } from "./factories";
import { freePort, hasRedisServer, REDIS_MISSING, startRedis, type LocalRedis } from "../lib/cache/local-redis";

// Two `next start` processes on the e2e build and database, sharing Next's cache through
// one Redis (CACHE_REDIS_URL), as README "Running two instances" describes.
test.skip(!hasRedisServer(), REDIS_MISSING);

type Instance = { url: string; server: ChildProcess; log: () => string };

async function startInstance(redisUrl: string): Promise<Instance> {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  // Started as it is deployed (`npm start`, with its heap limit), in its own process group,
  // so that stopping it stops npm, its shell and `next start` together.
  const server = spawn("npm", ["start", "--", "--port", String(port)], {
    env: { ...process.env, CACHE_REDIS_URL: redisUrl, NEXTAUTH_URL: url },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  server.stdout!.on("data", (chunk) => (output += chunk));
  server.stderr!.on("data", (chunk) => (output += chunk));
  const instance = { url, server, log: () => output };
  await expect
    .poll(
      async () => {
        if (server.exitCode !== null) throw new Error(`next start on port ${port} exited:\n${output}`);
        return fetch(`${url}/login`).then(
          (response) => response.status,
          () => 0,
        );
      },
      { timeout: 60_000, message: `next start on port ${port} to serve` },
    )
    .toBe(200);
  return instance;
}

function stopInstance({ server }: Instance) {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  const stopped = new Promise((resolve) => server.once("exit", resolve));
  process.kill(-server.pid!, "SIGTERM");
  return stopped;
}

// Whether the page at `url` shows `text` (a boolean, so that a failure does not print the page).
const shows = (url: string, text: string) =>
  fetch(url)
    .then((response) => response.text())
    .then((html) => html.includes(text));

let redis: LocalRedis;
let a: Instance;
let b: Instance;

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(120_000);
  redis = await startRedis();
  [a, b] = await Promise.all([startInstance(redis.url), startInstance(redis.url)]);
});

test.afterAll(async () => {
  await Promise.all([a, b].filter(Boolean).map(stopInstance));
  await redis?.stop();
});

test("a change approved on instance A is served by instance B within a second", async ({ browser }) => {
  const published = placeContent({ summary: "A port city." });
  const place = await createReviewedPlace([published]);
  const approved = "A port city twinned across the sea.";
  const change = await createPlaceChange({ author: await createUser(), place, content: { ...published, summary: approved } });
  const profileOnB = `${b.url}/places/${place.slug}`;

  expect(await shows(profileOnB, "A port city.")).toBe(true);
  // B now serves the profile from its cache: a row changed behind the cache's back does not show.
  await db.place.update({ where: { id: place.id }, data: { summary: "Written behind the cache." } });
  expect(await shows(profileOnB, "Written behind the cache."), "B renders the profile on every request").toBe(false);

  const reviewer = await createUser({ role: "REVIEWER" });
  const context = await browser.newContext();
  await context.addCookies([
    { name: SESSION_COOKIE, value: await mintSessionToken(reviewer), url: a.url, httpOnly: true, sameSite: "Lax" },
  ]);
  const review = await context.newPage();
  await review.goto(`${a.url}/admin/review/${change.id}`);
  await review.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(review).toHaveURL(`${a.url}/admin/review?decided=${change.id}`);

  await expect
    .poll(() => shows(profileOnB, approved), { timeout: 1_000, intervals: [50], message: "B serves the approved summary within a second" })
    .toBe(true);
  await context.close();
});

// Otherwise a guesser spread over N instances would get N times the tries (lib/login-throttle.ts).
test("wrong passwords count at both instances: three on A and two on B lock the account out on both", async ({ page }) => {
  const user = await createUser({ role: "EDITOR" });
  const failAt = async ({ url }: Instance, times: number) => {
    await page.goto(`${url}/login`);
    for (let guess = 1; guess <= times; guess++) expect((await submitSignIn(page, user.email, `wrong-${guess}`)).status()).toBe(401);
  };
  await failAt(a, 3);
  await failAt(b, 2);

  expect((await submitSignIn(page, user.email, "wrong-6")).status()).toBe(429);
  await page.goto(`${a.url}/login`);
  expect((await submitSignIn(page, user.email, user.password)).status()).toBe(429);
});
