import { describe, expect, it } from "vitest";
import { hashPassword, verifyAccountPassword } from "@/lib/password";

async function fastestOf(runs: number, task: () => Promise<unknown>) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return Math.min(...times);
}

describe("verifyAccountPassword", () => {
  it("accepts only the right password of an account that exists", async () => {
    const passwordHash = await hashPassword("correct horse battery");

    expect(await verifyAccountPassword(passwordHash, "correct horse battery")).toBe(true);
    expect(await verifyAccountPassword(passwordHash, "wrong")).toBe(false);
    expect(await verifyAccountPassword(undefined, "correct horse battery")).toBe(false);
  });

  // Otherwise the response time would tell a guesser which emails have an account.
  it("takes as long for an email with no account as for a wrong password", async () => {
    const passwordHash = await hashPassword("correct horse battery");
    const wrong = await fastestOf(5, () => verifyAccountPassword(passwordHash, "wrong"));
    const noAccount = await fastestOf(5, () => verifyAccountPassword(undefined, "wrong"));

    // Equal but for noise; skipping argon2 would make it a hundred times faster.
    expect(noAccount).toBeGreaterThan(wrong * 0.5);
  });
});
