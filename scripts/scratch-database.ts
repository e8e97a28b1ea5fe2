import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// A fresh, migrated database in a temporary folder, for a benchmark that fills its own.
// Call before importing lib/db, which reads DATABASE_URL once.
export function openScratchDatabase() {
  const dir = mkdtempSync(path.join(tmpdir(), "amity-bench-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    stdio: "ignore",
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: "/dev/null", PRISMA_QUERY_ENGINE_LIBRARY: "/dev/null" },
  });
}
