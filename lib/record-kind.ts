import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RecordType } from "@/lib/generated/prisma/enums";
import type { PossiblySame } from "@/lib/record-picker-schema";

export type Tx = Prisma.TransactionClient;

// The kinds of record that go through review. A kind joins by adding its name here, its
// description (a `RecordKind`) to lib/record-kinds.ts and its revise form to
// components/revise-forms.tsx: both registries are checked against this union.
export type EditableKind = Extract<
  RecordType,
  | "PLACE"
  | "SOURCE"
  | "CITATION"
  | "TIE_EVENT"
  | "TIE"
  | "PERSON"
  | "POSITION"
  | "ORGANISATION"
  | "AGREEMENT"
  | "EVENT"
  | "FIGURE"
  | "DELEGATION"
>;

export type LoadedRecord<T> = { version: number; title: string; content: T; publicPath: string | null };

export type PublicPage = { title: string; path: string };

// What `createMany` made: each record's id, version and content as `load` would read it
// (for its revision), in the order of the contents, and the tags of the pages they show on.
export type CreatedRecords<T> = { records: { id: string; version: number; content: T }[]; tags: string[] };

// The records the approval has created so far: their pages are tagged already, so a kind
// need not look them up again (a citation of a place created a moment before).
export type CreationContext = { created: ReadonlySet<string> };

// A field of the content, or "exists": the claim that the record itself is real.
export type ClaimField<T> = (keyof T & string) | "exists";

// Everything Amity knows about one kind of record, in one place (like a Payload collection
// config). Content is always in the shape of the kind's form schema, so a proposal, a
// published record and a revision compare field by field.
export interface RecordKind<T extends object, K extends EditableKind = EditableKind> {
  recordType: K;
  label: string;
  schema: z.ZodType<T>;
  // Every field's label; the compiler insists on one per field of the schema.
  fieldLabels: { [F in keyof T & string]: string };
  // Fields the kind keeps for itself, which a reviewer can neither read nor judge (a quote's
  // offset and context in its source, found again at approval): left out of review's comparisons.
  internalFields?: (keyof T & string)[];
  // The label of each value of an enum field, by field: `OTHER` reads differently per field.
  valueLabels: { [F in keyof T & string]?: Record<string, string> };
  // `names` are the names of the records the content refers to (referenceNames, and records new
  // in the same change), for a kind named by what it joins: a tie by its two places.
  titleOf(content: T, names?: Record<string, string>): string;
  // Where an editor corrects a published record of this kind, and cites its claims.
  editPath(id: string, content: T): string | null;
  // The claims of this content that must be cited before a change to it is approved: the
  // one list the approval gate and the coverage page both use.
  keyClaims(content: T): ClaimField<T>[];
  // Published records with key claims, for the coverage page (only kinds that have them).
  listPublished?(db: Tx): Promise<{ id: string; title: string; content: T }[]>;
  load(tx: Tx, id: string): Promise<LoadedRecord<T> | null>;
  create(tx: Tx, content: T): Promise<string>;
  // Creates many new records in a few statements (an import's batch of hundreds): the rules
  // of `create`, checked for the whole set at once, and the same rows, names and index keys.
  // lib/change-apply-many.test.ts holds each kind that has it to the result of `create`.
  createMany?(tx: Tx, contents: T[], context: CreationContext): Promise<CreatedRecords<T>>;
  update(tx: Tx, id: string, content: T): Promise<void>;
  retire(tx: Tx, id: string): Promise<void>;
  // Folds a duplicate into the record it duplicates, keeping everything that pointed at it.
  merge?(tx: Tx, duplicateId: string, intoId: string): Promise<void>;
  // Cache tags of every public page that shows this record, read before and after a change.
  publicTags(tx: Tx, id: string): Promise<string[]>;
  // The public pages a change to this record alters, for the reviewer's impact summary.
  affectedPages(tx: Tx, id: string | null, contents: T[]): Promise<PublicPage[]>;
  // Names for the ids the contents refer to (a parent place, a partner), for diffs.
  referenceNames(tx: Tx, contents: T[]): Promise<Record<string, string>>;
  // For kinds found by name: published records a letter or two from a new one's name (a
  // source's: of the same title), shown to its reviewer as "possibly the same as …";
  // `changeId` is the change proposing it, never a duplicate of itself.
  possiblySame?(tx: Tx, content: T, changeId: string): Promise<PossiblySame[]>;
}

// Thrown by a kind when applying a change would break a rule only visible at that moment
// (a quote no longer in its source); the approval is refused with this message.
export class RecordRefused extends Error {}
