import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

// Migrates one template database per run; each test file then starts from a copy of it
// (vitest.setup.ts), so tests run against real SQLite and never share state. Each run has
// its own folder, so two runs at once (two terminals, an editor's watcher) never collide.
export default function setup() {
  const dir = path.resolve("node_modules/.cache/amity-tests", String(process.pid));
  mkdirSync(dir, { recursive: true });
  process.env.AMITY_TEST_DIR = dir;
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    stdio: "pipe",
    env: {
      ...process.env,
      DATABASE_URL: `file:${path.join(dir, "template.db")}`,
      PRISMA_SCHEMA_ENGINE_BINARY: "/dev/null",
      PRISMA_QUERY_ENGINE_LIBRARY: "/dev/null",
    },
  });
  return () => rmSync(dir, { recursive: true, force: true });
}
