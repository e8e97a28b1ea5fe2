import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { databaseUrl, databaseAuthToken } from "./lib/database-url";

// schema.prisma's datasource must name an env var even though the adapter below is
// what connects; give it the same default the app uses.
process.env.DATABASE_URL ??= databaseUrl();

// Migrations run on Prisma's bundled WebAssembly schema engine through the libSQL
// adapter, so no engine binary is downloaded (see README).
export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: path.join("prisma", "schema.prisma"),
  migrations: {
    path: path.join("prisma", "migrations"),
    seed: "tsx prisma/seed.ts",
  },
  async adapter() {
    return new PrismaLibSQL({ url: databaseUrl(), authToken: databaseAuthToken() });
  },
});
