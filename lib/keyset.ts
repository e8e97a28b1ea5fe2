import { z } from "zod";

// Keyset pagination: a page is "the next 50 after this row" (or before it), found through
// the list's index, so page 200 costs what page 1 does, unlike OFFSET, which reads and
// drops every row before the page. A cursor is the sort key of a page's edge row, opaque to
// the user (base64url JSON in the address).

export const PAGE_SIZE = 50;

export type Direction = "after" | "before";
export type Order = "asc" | "desc";
export type Key = [sortValue: string, id: string];
export type PageRequest = { direction: Direction; key: Key } | null;

// Room for the longest sort value (a 300-character title) in any script: a cursor that
// fails to parse would send "Next" back to the first page.
const keySchema = z.tuple([z.string().max(300), z.string().max(100)]);
const MAX_CURSOR_LENGTH = 2000;

export function encodeCursor(key: Key): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

// The page a query string asks for; a cursor that does not decode means the first page.
export function pageRequest(params: { after?: string | string[]; before?: string | string[] }): PageRequest {
  for (const direction of ["after", "before"] as const) {
    const cursor = params[direction];
    if (typeof cursor !== "string" || cursor.length > MAX_CURSOR_LENGTH) continue;
    try {
      const key = keySchema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
      if (key.success) return { direction, key: key.data };
    } catch {
      // not a cursor: first page
    }
  }
  return null;
}

// The Prisma `where` and `orderBy` for one page of a list sorted by `field` then id, both
// in `order` (A–Z, or newest first with "desc"). Reading "before" a row walks the index the
// other way; `pageOf` restores the order. `decode` turns the cursor's text back into the
// field's type (a Date for a timestamp).
export function keysetQuery<F extends string>(
  field: F,
  request: PageRequest,
  decode: (value: string) => unknown = (value) => value,
  order: Order = "asc",
) {
  const backwards = request?.direction === "before";
  const reading: Order = backwards === (order === "asc") ? "desc" : "asc";
  const orderBy = [{ [field]: reading }, { id: reading }] as { [K in F | "id"]?: Order }[];
  if (!request) return { where: {}, orderBy, take: PAGE_SIZE + 1 };
  const [text, id] = request.key;
  const value = decode(text);
  const [beyond, from] = reading === "asc" ? ["gt", "gte"] : ["lt", "lte"];
  // (field, id) beyond the key, written so SQLite reads a range of the field's index: the
  // first condition bounds the range, the second leaves out the rows of the key's own value
  // up to and including the key's row.
  const where = {
    AND: [{ [field]: { [from]: value } }, { OR: [{ [field]: { [beyond]: value } }, { id: { [beyond]: id } }] }],
  };
  return { where, orderBy, take: PAGE_SIZE + 1 };
}

export type Page<T> = { rows: T[]; previous: string | null; next: string | null };

// One page of rows read with keysetQuery (one more than a page, to know whether another
// follows), in the list's order, with the cursors of the pages on either side.
export function pageOf<T extends { id: string }>(rows: T[], request: PageRequest, keyOf: (row: T) => Key): Page<T> {
  const backwards = request?.direction === "before";
  const more = rows.length > PAGE_SIZE;
  const page = rows.slice(0, PAGE_SIZE);
  if (backwards) page.reverse();
  const first = page[0];
  const last = page[page.length - 1];
  const hasPrevious = backwards ? more : request !== null;
  const hasNext = backwards ? true : more;
  return {
    rows: page,
    previous: hasPrevious && first ? encodeCursor(keyOf(first)) : null,
    next: hasNext && last ? encodeCursor(keyOf(last)) : null,
  };
}
