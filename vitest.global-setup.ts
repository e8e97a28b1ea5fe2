import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

// Migrates one template database per run; each test file then starts from a copy of it
// (vitest.setup.ts), so tests run against real SQLite and never share state.
export const TEMPLATE_DIR = path.resolve("node_modules/.cache/amity-tests");

export default function setup() {
  rmSync(TEMPLATE_DIR, { recursive: true, force: true });
  mkdirSync(TEMPLATE_DIR, { recursive: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    stdio: "pipe",
    env: {
      ...process.env,
      DATABASE_URL: `file:${path.join(TEMPLATE_DIR, "template.db")}`,
      PRISMA_SCHEMA_ENGINE_BINARY: "/dev/null",
      PRISMA_QUERY_ENGINE_LIBRARY: "/dev/null",
    },
  });
}
