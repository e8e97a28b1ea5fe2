import { prisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

// For unit tests: a user of the given role, as the acting user that lib/ functions take.
// Names are addresses too (`<name>@test`), so each must be unique in its test database.
export async function createTestUser(role: Role, name: string): Promise<{ id: string; role: Role }> {
  const row = await prisma.user.create({ data: { email: `${name}@test`, name, passwordHash: "x", role } });
  return { id: row.id, role };
}
