// Creates an admin account from the server's console: how a real installation gets its
// first login (`npm run setup` creates none). Reads ADMIN_EMAIL, ADMIN_PASSWORD and
// ADMIN_NAME from the environment, or asks for them when run in a terminal.
//
//   npm run admin:create
import { createInterface } from "node:readline/promises";
import { stdin, stdout } from "node:process";
import { prisma } from "../lib/db";
import { createAdminAccount } from "../lib/user";
import { newAdminSchema } from "../lib/user-schema";

async function ask(question: string, { hidden = false } = {}): Promise<string> {
  const reader = createInterface({ input: stdin, output: stdout, terminal: true });
  // Echo nothing while a password is typed: readline writes through _writeToOutput.
  const output = reader as unknown as { _writeToOutput: (text: string) => void };
  if (hidden)
    output._writeToOutput = (text) => {
      if (text.startsWith(question)) stdout.write(question);
    };
  const answer = await reader.question(question);
  if (hidden) stdout.write("\n");
  reader.close();
  return answer;
}

async function readInput() {
  const { ADMIN_EMAIL, ADMIN_PASSWORD, ADMIN_NAME } = process.env;
  if (ADMIN_EMAIL && ADMIN_PASSWORD) return { email: ADMIN_EMAIL, password: ADMIN_PASSWORD, name: ADMIN_NAME || "Admin" };
  if (!stdin.isTTY) throw new Error("Set ADMIN_EMAIL and ADMIN_PASSWORD (and optionally ADMIN_NAME), or run this in a terminal.");
  const email = ADMIN_EMAIL || (await ask("Email: "));
  const name = ADMIN_NAME || (await ask("Name: "));
  const password = await ask("Password (12 characters or more): ", { hidden: true });
  return { email, name, password };
}

async function main() {
  const parsed = newAdminSchema.safeParse(await readInput());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${issue.path.join(".")}: ${issue.message}`);
    process.exitCode = 1;
    return;
  }
  const result = await createAdminAccount(parsed.data);
  if (!result.ok) {
    console.error(result.formError ?? Object.values(result.fieldErrors ?? {}).join("; "));
    process.exitCode = 1;
    return;
  }
  console.log(`Created admin ${parsed.data.email}. Sign in at ${process.env.NEXTAUTH_URL ?? "http://localhost:3000"}/login`);
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
