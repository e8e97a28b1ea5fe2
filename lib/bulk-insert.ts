import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/record-kind";

// Prisma's createMany compiles a query as large as its data, about 90 µs a row; a plain
// multi-row INSERT costs a quarter of that, which is what lets a reviewer approve every batch
// of the twin-cities list (hundreds of thousands of rows) within a minute.
// The columns are the first row's keys, and every column the table fills by default in
// Prisma (an id, createdAt, @updatedAt) must be given: the database's own defaults differ.
// Values go through Prisma's adapter as in any query (a Date as ISO 8601 text).
const PARAMETERS_PER_INSERT = 30_000;

export async function insertRows(tx: Tx, table: Prisma.ModelName, rows: Record<string, unknown>[]) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const perInsert = Math.max(1, Math.floor(PARAMETERS_PER_INSERT / columns.length));
  const head = Prisma.raw(`INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES `);
  for (let start = 0; start < rows.length; start += perInsert) {
    const values = rows
      .slice(start, start + perInsert)
      .map((row) => Prisma.sql`(${Prisma.join(columns.map((column) => json(row[column])))})`);
    await tx.$executeRaw`${head}${Prisma.join(values)}`;
  }
}

// A JSON column's value is written as its text.
const json = (value: unknown) => (value !== null && typeof value === "object" && !(value instanceof Date) ? JSON.stringify(value) : value);
