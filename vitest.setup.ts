import { copyFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { TEMPLATE_DIR } from "./vitest.global-setup";

// Runs before each test file's imports, so lib/db.ts opens this file's own database.
const file = path.join(TEMPLATE_DIR, `${randomUUID()}.db`);
copyFileSync(path.join(TEMPLATE_DIR, "template.db"), file);
process.env.DATABASE_URL = `file:${file}`;
