import "server-only";
import { randomUUID } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (OWASP's recommended minimum: 19 MiB, t=2).
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

// Made with the same parameters as real hashes, once, when the module loads.
const throwawayHash = hashPassword(randomUUID());

// An email with no account is checked against a throwaway hash, so it is refused as slowly
// as a wrong password: the response time does not tell who has an account.
export async function verifyAccountPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  const isValid = await verifyPassword(passwordHash ?? (await throwawayHash), password);
  return passwordHash !== undefined && isValid;
}
