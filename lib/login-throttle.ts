import "server-only";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { RedisClientType } from "@redis/client";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { sharedRedis } from "@/lib/cache/redis-connection.mjs";

export type SignInAttempt = { email: string; address: string };
export type Lockout = { retryAfterSeconds: number };

type Scope = "account-at-address" | "account" | "address";
type Limit = { failures: number; perSeconds: number; lockSeconds: number };
export type LoginLimits = Record<Scope, Limit>;

// Guessing at one account from one address is stopped within a minute. The wider limits
// catch guesses spread over many addresses (an account) or many accounts (an address), and
// are high enough that an office behind one address, or a person whose account someone
// else is guessing at, is rarely locked out.
export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  "account-at-address": { failures: 5, perSeconds: 60, lockSeconds: 15 * 60 },
  account: { failures: 30, perSeconds: 60 * 60, lockSeconds: 30 * 60 },
  address: { failures: 100, perSeconds: 60 * 60, lockSeconds: 60 * 60 },
};

const SCOPES = ["account-at-address", "account", "address"] as const satisfies Scope[];

const keyOf: Record<Scope, (attempt: SignInAttempt) => string> = {
  "account-at-address": ({ email, address }) => `${email} ${address}`,
  account: ({ email }) => email,
  address: ({ address }) => address,
};

// The last X-Forwarded-For entry is the one our side wrote: Next.js sets the header from
// the socket when it is absent, and a reverse proxy in front appends the address it saw.
// Earlier entries come from the client. Without a proxy a client can send its own header
// and pose as many addresses; the per-account limit still holds then.
function clientAddress(headers: Headers) {
  return headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() || "unknown";
}

export function signInAttempt(email: unknown, headers: Headers): SignInAttempt {
  return {
    email: String(email ?? "")
      .trim()
      .toLowerCase(),
    address: clientAddress(headers),
  };
}

type Count = { scope: Scope; isRefused: boolean; result: RateLimiterRes };

function count(limiter: RateLimiterAbstract, scope: Scope, key: string): Promise<Count> {
  return limiter.consume(key).then(
    (result) => ({ scope, isRefused: false, result }),
    (result: unknown) => {
      if (result instanceof RateLimiterRes) return { scope, isRefused: true, result };
      throw result;
    },
  );
}

// Unknown emails are locked out like known ones, so a lockout does not reveal who has an account.
async function recordLockout(attempt: SignInAttempt, scope: Scope, retryAfterSeconds: number) {
  const user = await prisma.user.findUnique({ where: { email: attempt.email }, select: { id: true } });
  const detail = { ...attempt, scope, retryAfterSeconds };
  await recordAudit({ actorId: user?.id ?? null, action: "sign-in-locked", detail });
}

const secondsUntilNext = ({ msBeforeNext }: RateLimiterRes) => Math.max(1, Math.ceil(msBeforeNext / 1000));

// With Redis the counts are shared by every instance, so a guesser spread over several gets
// no more tries than at one; while it cannot be reached, each instance counts in memory.
function limiterOf(scope: Scope, { failures, perSeconds, lockSeconds }: Limit, redis: RedisClientType | null): RateLimiterAbstract {
  const options = { points: failures, duration: perSeconds, blockDuration: lockSeconds };
  const inMemory = new RateLimiterMemory(options);
  if (!redis) return inMemory;
  return new RateLimiterRedis({
    ...options,
    storeClient: redis,
    useRedisPackage: true,
    rejectIfRedisNotReady: true,
    keyPrefix: `amity:sign-in:${scope}`,
    insuranceLimiter: inMemory,
  });
}

export function createLoginThrottle(limits: LoginLimits = DEFAULT_LOGIN_LIMITS, redis: RedisClientType | null = null) {
  const limiters = Object.fromEntries(SCOPES.map((scope) => [scope, limiterOf(scope, limits[scope], redis)])) as Record<
    Scope,
    RateLimiterAbstract
  >;

  async function lockoutOf(attempt: SignInAttempt): Promise<Lockout | null> {
    const waits = await Promise.all(
      SCOPES.map(async (scope) => {
        const state = await limiters[scope].get(keyOf[scope](attempt));
        const isLocked = !!state && state.consumedPoints > limits[scope].failures && state.msBeforeNext > 0;
        return isLocked ? secondsUntilNext(state) : 0;
      }),
    );
    const longest = Math.max(...waits);
    return longest > 0 ? { retryAfterSeconds: longest } : null;
  }

  // Counted as a failure before the password is checked and forgiven once it proves right,
  // so parallel guesses cannot slip past a limit while argon2 works on the first ones.
  // An attempt already locked out is not counted: retrying at one address must not spread
  // the lockout to the account everywhere.
  async function startAttempt(attempt: SignInAttempt): Promise<Lockout | null> {
    const lockout = await lockoutOf(attempt);
    if (lockout) return lockout;
    const counts = await Promise.all(SCOPES.map((scope) => count(limiters[scope], scope, keyOf[scope](attempt))));
    const refused = counts.filter((c) => c.isRefused);
    if (refused.length === 0) return null;
    // The limiter locks a key at its first refusal: that one starts a lockout, later ones race it.
    const started = refused.filter((c) => c.result.consumedPoints === limits[c.scope].failures + 1);
    await Promise.all(started.map((c) => recordLockout(attempt, c.scope, secondsUntilNext(c.result))));
    return { retryAfterSeconds: Math.max(...refused.map((c) => secondsUntilNext(c.result))) };
  }

  // A right password forgives this attempt everywhere, and at its own address the failures
  // before it too: they were the same person's typing. Addresses count only failures.
  async function forgiveAttempt(attempt: SignInAttempt) {
    await Promise.all([
      limiters["account-at-address"].delete(keyOf["account-at-address"](attempt)),
      limiters.account.reward(keyOf.account(attempt)),
      limiters.address.reward(keyOf.address(attempt)),
    ]);
  }

  return { startAttempt, forgiveAttempt };
}

// In this process's memory, or with CACHE_REDIS_URL set in the Redis the instances share
// (README: "Running two instances").
const globalForThrottle = globalThis as unknown as { loginThrottle?: ReturnType<typeof createLoginThrottle> };
const loginThrottle = (globalForThrottle.loginThrottle ??= createLoginThrottle(DEFAULT_LOGIN_LIMITS, sharedRedis().client));

export const startSignInAttempt = loginThrottle.startAttempt;
export const forgiveSignInAttempt = loginThrottle.forgiveAttempt;
