import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/session-user";

// For unit tests: a user of the given role, as the acting user that lib/ functions take (and
// as a session carries it, for tests that sign them in). Names are addresses too
// (`<name>@test`), so each must be unique in its test database; left out, one is made up.
export async function createTestUser<R extends Role>(
  role: R,
  name = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}`,
  options: { disabledAt?: Date } = {},
): Promise<SessionUser & { role: R }> {
  const data = { email: `${name}@test`, name, passwordHash: "x", role, disabledAt: options.disabledAt };
  const row = await prisma.user.create({ data, select: { id: true, email: true, name: true } });
  return { ...row, role };
}
