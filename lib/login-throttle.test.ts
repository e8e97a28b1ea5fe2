import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { createLoginThrottle, signInAttempt, type LoginLimits, type SignInAttempt } from "@/lib/login-throttle";
import { freePort, hasRedisServer, REDIS_MISSING, startRedis, type LocalRedis } from "@/lib/cache/local-redis";
import { connectRedis } from "@/lib/cache/redis-connection.mjs";

const LIMITS: LoginLimits = {
  "account-at-address": { failures: 5, perSeconds: 60, lockSeconds: 15 * 60 },
  account: { failures: 10, perSeconds: 60 * 60, lockSeconds: 30 * 60 },
  address: { failures: 12, perSeconds: 60 * 60, lockSeconds: 60 * 60 },
};

const someEmail = () => `someone-${randomUUID().slice(0, 8)}@test`;
const someAddress = () => `address-${randomUUID().slice(0, 8)}`;
const attemptAt = (address = someAddress(), email = someEmail()): SignInAttempt => ({ email, address });

async function fail(throttle: ReturnType<typeof createLoginThrottle>, attempt: SignInAttempt, times: number) {
  const outcomes = [];
  for (let i = 0; i < times; i++) outcomes.push(await throttle.startAttempt(attempt));
  return outcomes;
}

const lockoutsOf = (email: string) =>
  prisma.auditEvent
    .findMany({ where: { action: "sign-in-locked" }, select: { actorId: true, detail: true } })
    .then((rows) => rows.filter((row) => (row.detail as { email?: string }).email === email));

// Only Date is faked: the limiter reads the clock to expire its counts, the database needs real timers.
beforeEach(() => vi.useFakeTimers({ toFake: ["Date"] }));
afterEach(() => vi.useRealTimers());

describe("one account from one address", () => {
  it("is refused from the sixth failure within a minute, for the lock's whole length", async () => {
    const throttle = createLoginThrottle(LIMITS);
    const attempt = attemptAt();

    expect(await fail(throttle, attempt, 5)).toEqual([null, null, null, null, null]);
    expect(await throttle.startAttempt(attempt)).toEqual({ retryAfterSeconds: 15 * 60 });

    vi.advanceTimersByTime(10 * 60 * 1000);
    expect(await throttle.startAttempt(attempt)).toEqual({ retryAfterSeconds: 5 * 60 });
    vi.advanceTimersByTime(5 * 60 * 1000 + 1000);
    expect(await throttle.startAttempt(attempt)).toBeNull();
  });

  it("is not refused for failures spread wider than a minute", async () => {
    const throttle = createLoginThrottle(LIMITS);
    const attempt = attemptAt();

    await fail(throttle, attempt, 4);
    vi.advanceTimersByTime(61 * 1000);

    expect(await fail(throttle, attempt, 4)).toEqual([null, null, null, null]);
  });

  it("starts afresh after the right password: earlier typos no longer count", async () => {
    const throttle = createLoginThrottle(LIMITS);
    const attempt = attemptAt();

    await fail(throttle, attempt, 5);
    await throttle.forgiveAttempt(attempt);

    expect(await fail(throttle, attempt, 5)).toEqual([null, null, null, null, null]);
  });

  it("locks out no other account at that address, nor that account elsewhere, however often retried", async () => {
    const throttle = createLoginThrottle(LIMITS);
    const attempt = attemptAt();
    await fail(throttle, attempt, 30);

    expect(await throttle.startAttempt(attemptAt(attempt.address))).toBeNull();
    expect(await throttle.startAttempt(attemptAt(someAddress(), attempt.email))).toBeNull();
  });
});

describe("the audit log", () => {
  it("gets one row a lockout, naming the account, however often a locked attempt is retried", async () => {
    const throttle = createLoginThrottle(LIMITS);
    const user = await prisma.user.create({ data: { email: someEmail(), name: "Locked", passwordHash: "x" } });
    const attempt = attemptAt(someAddress(), user.email);

    await fail(throttle, attempt, 10);

    expect(await lockoutsOf(user.email)).toEqual([
      {
        actorId: user.id,
        detail: { email: user.email, address: attempt.address, scope: "account-at-address", retryAfterSeconds: 15 * 60 },
      },
    ]);
  });

  it("records an email with no account the same way", async () => {
    const throttle = createLoginThrottle(LIMITS);
    const attempt = attemptAt();

    expect((await fail(throttle, attempt, 6)).at(-1)).toEqual({ retryAfterSeconds: 15 * 60 });

    expect(await lockoutsOf(attempt.email)).toEqual([{ actorId: null, detail: expect.objectContaining({ scope: "account-at-address" }) }]);
  });
});

describe("wider limits", () => {
  it("lock an account guessed at from many addresses", async () => {
    const throttle = createLoginThrottle(LIMITS);
    const email = someEmail();

    for (let i = 0; i < 10; i++) expect(await throttle.startAttempt(attemptAt(someAddress(), email))).toBeNull();

    expect(await throttle.startAttempt(attemptAt(someAddress(), email))).toEqual({ retryAfterSeconds: 30 * 60 });
  });

  it("lock an address that fails at many accounts, but count no successful sign-in against it", async () => {
    const throttle = createLoginThrottle(LIMITS);
    const address = someAddress();
    for (let i = 0; i < 50; i++) {
      const signingIn = attemptAt(address);
      expect(await throttle.startAttempt(signingIn)).toBeNull();
      await throttle.forgiveAttempt(signingIn);
    }

    for (let i = 0; i < 12; i++) expect(await throttle.startAttempt(attemptAt(address))).toBeNull();

    expect(await throttle.startAttempt(attemptAt(address))).toEqual({ retryAfterSeconds: 60 * 60 });
  });
});

describe("signInAttempt", () => {
  it("names the account as signing in matches it, and the address the nearest proxy saw", () => {
    const headers = new Headers({ "x-forwarded-for": "198.51.100.7, 10.0.0.2" });

    expect(signInAttempt("  Someone@Example.TEST ", headers)).toEqual({ email: "someone@example.test", address: "10.0.0.2" });
    expect(signInAttempt(undefined, new Headers())).toEqual({ email: "", address: "unknown" });
  });
});

// Two throttles, each with its own connection, stand for two instances of the app.
const isRedisAvailable = hasRedisServer();
if (!isRedisAvailable) console.warn(`Skipped: ${REDIS_MISSING}`);

describe.skipIf(!isRedisAvailable)("with several instances sharing Redis", () => {
  let redis: LocalRedis;
  const connections: ReturnType<typeof connectRedis>[] = [];

  async function instance(url = redis.url) {
    const connection = connectRedis(url);
    connections.push(connection);
    await connection.ready();
    return createLoginThrottle(LIMITS, connection.client);
  }

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await Promise.all(connections.map((connection) => connection.close()));
    await redis?.stop();
  });

  it("locks out a guesser spread over both at the sixth failure, at both", async () => {
    const [first, second] = [await instance(), await instance()];
    const attempt = attemptAt();

    expect(await fail(first, attempt, 3)).toEqual([null, null, null]);
    expect(await fail(second, attempt, 2)).toEqual([null, null]);

    expect(await first.startAttempt(attempt)).toEqual({ retryAfterSeconds: 15 * 60 });
    expect(await second.startAttempt(attempt)).toEqual({ retryAfterSeconds: 15 * 60 });
    expect(await lockoutsOf(attempt.email)).toHaveLength(1);
  });

  it("forgives at one the failures counted at the other once the password proves right", async () => {
    const [first, second] = [await instance(), await instance()];
    const attempt = attemptAt();

    await fail(first, attempt, 5);
    await second.forgiveAttempt(attempt);

    expect(await fail(first, attempt, 5)).toEqual([null, null, null, null, null]);
  });

  it("still locks out, each instance counting alone, while Redis cannot be reached", async () => {
    const unreachable = await instance(`redis://127.0.0.1:${await freePort()}`);
    const attempt = attemptAt();

    expect(await fail(unreachable, attempt, 5)).toEqual([null, null, null, null, null]);
    expect(await unreachable.startAttempt(attempt)).toEqual({ retryAfterSeconds: 15 * 60 });
  });
});
