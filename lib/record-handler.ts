import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RecordType } from "@/lib/generated/prisma/enums";

export type Tx = Prisma.TransactionClient;

export type LoadedRecord<T> = { version: number; title: string; content: T; publicPath: string | null };

// What the review mechanism needs to know about one kind of record. Content is always
// in the shape of the record's form schema, so a proposal, a published record and a
// revision compare field by field.
export interface RecordHandler<T extends object> {
  recordType: RecordType;
  label: string;
  fieldLabels: Record<string, string>;
  schema: z.ZodType<T>;
  load(tx: Tx, id: string): Promise<LoadedRecord<T> | null>;
  create(tx: Tx, content: T): Promise<string>;
  update(tx: Tx, id: string, content: T): Promise<void>;
  retire(tx: Tx, id: string): Promise<void>;
  // Folds a duplicate into the record it duplicates, keeping everything that pointed at it.
  merge?(tx: Tx, duplicateId: string, intoId: string): Promise<void>;
  // Cache tags of every public page that shows this record, read before and after a change.
  publicTags(tx: Tx, id: string): Promise<string[]>;
  titleOf(content: T): string;
  // The fields of this content that must be cited before a change to it is approved.
  keyClaims?(content: T): string[];
  // The public pages a change to this record alters, for the reviewer's impact summary.
  affectedPages(tx: Tx, id: string | null, contents: T[]): Promise<PublicPage[]>;
  // Names for the ids the contents refer to (a parent place, a partner), for diffs.
  referenceNames(tx: Tx, contents: T[]): Promise<Record<string, string>>;
}

export type PublicPage = { title: string; path: string };

// Thrown by a handler when applying a change would break a rule only visible at that
// moment (a quote no longer in its source); the approval is refused with this message.
export class RecordRefused extends Error {}
