import { copyFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import path from "node:path";

// Runs before each test file's imports, so lib/db.ts opens this file's own database, a
// copy of the run's template (vitest.global-setup.ts).
const dir = process.env.AMITY_TEST_DIR!;
const file = path.join(dir, `${randomUUID()}.db`);
copyFileSync(path.join(dir, "template.db"), file);
process.env.DATABASE_URL = `file:${file}`;
