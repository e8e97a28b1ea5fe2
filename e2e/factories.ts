import { createHash, randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { PrismaClient } from "../lib/generated/prisma/client";
import type { NameKind, PlaceLevel, RecordType, Role } from "../lib/generated/prisma/enums";
import { normalizeName, slugify } from "../lib/names";
import { createLibSqlAdapter } from "../lib/libsql-adapter";

// The running server holds the same SQLite file open: the shared adapter waits for its
// write lock instead of failing.
export const db = new PrismaClient({ adapter: createLibSqlAdapter(process.env.DATABASE_URL!) });

export const uniqueId = () => randomUUID().slice(0, 8);

type UserOptions = { role?: Role; disabled?: boolean; password?: string; name?: string };

export async function createUser({ role = "EDITOR", disabled = false, password, name }: UserOptions = {}) {
  const id = uniqueId();
  const plainPassword = password ?? `pw-${id}-${uniqueId()}`;
  const user = await db.user.create({
    data: {
      email: `${role.toLowerCase()}-${id}@e2e.test`,
      name: name ?? `E2E ${role.toLowerCase()} ${id}`,
      passwordHash: await hash(plainPassword),
      role,
      disabledAt: disabled ? new Date() : null,
    },
    select: { id: true, email: true, name: true, role: true },
  });
  return { ...user, password: plainPassword };
}

export type TestUser = Awaited<ReturnType<typeof createUser>>;

export function disableUser(userId: string) {
  return db.user.update({ where: { id: userId }, data: { disabledAt: new Date() } });
}

type NameOptions = { text: string; lang: string; kind?: NameKind };

type PlaceOptions = {
  name?: string;
  country?: string;
  level?: PlaceLevel;
  summary?: string;
  names?: NameOptions[];
};

// Record tables hold only approved content, so a row written here is a published place.
export async function createPlace({ name, country = "JP", level = "CITY", summary, names = [] }: PlaceOptions = {}) {
  const placeName = name ?? `Testplace ${uniqueId()}`;
  return db.place.create({
    data: {
      slug: `${slugify(placeName)}-${uniqueId()}`,
      name: placeName,
      country,
      level,
      summary,
      names: {
        create: names.map(({ text, lang, kind = "NATIVE" }) => ({
          text,
          lang,
          kind,
          normalized: normalizeName(text),
          isPreferred: true,
        })),
      },
    },
    include: { names: true },
  });
}

export function createSource({ title = `Test source ${uniqueId()}`, snapshot = "" } = {}) {
  const text = snapshot || `${title}: the text an editor read.`;
  return db.source.create({
    data: {
      title,
      kind: "OFFICIAL",
      snapshot: text,
      snapshotHash: createHash("sha256").update(text).digest("hex"),
    },
  });
}

type CitationOptions = { recordType: RecordType; recordId: string; field?: string; sourceId: string; quote: string };

export function createCitation({ field = "exists", ...citation }: CitationOptions) {
  return db.citation.create({ data: { field, ...citation } });
}

export function countChangeRequests(authorId: string) {
  return db.changeRequest.count({ where: { authorId } });
}
