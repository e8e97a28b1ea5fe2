import { PAGE_SIZE } from "@/lib/keyset";

// A search of an editors' list finds ids through several indexes (a record's own title, the
// names of the records it involves), best first; it shows one page of them, each once.
export function foundIds(...found: string[][]): string[] {
  return [...new Set(found.flat())].slice(0, PAGE_SIZE);
}

// The rows read for `ids`, in the order of `ids` (a database returns them in any order);
// ids whose rows were not read (retired records) drop out.
export function inIdOrder<T extends { id: string }>(ids: string[], rows: T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
