import { z } from "zod";
import { COUNTRIES } from "@/lib/countries";
import type { NamedRecordType } from "@/lib/search-key";

// What a record picker (components/record-picker.tsx) asks app/admin/api/records for, and
// what it gets back. Shared by the route, lib/record-picker-search.ts and the component.

export const PICKABLE_TYPES = ["PLACE", "PERSON", "ORGANISATION", "SOURCE", "DELEGATION", "EVENT"] as const;
export type PickableType = (typeof PICKABLE_TYPES)[number];

// `detail` tells namesakes apart: "Japan · City", "Publisher, 2024-05-01",
// "2024-05 – 2024-06 · Delegation".
export type PickedRecord = { id: string; title: string; detail: string };
// `matched`: the other name the query found, when it was not the title (揚州市 for Yangzhou).
export type MatchedRecord = PickedRecord & { matched?: string };
// A source with its text, for selecting a passage in it (app/admin/api/sources/[id]).
export type SourceText = PickedRecord & { publisher: string | null; lang: string | null; snapshot: string };

export const PICKER_LIMIT = 12;

const countryCodes = COUNTRIES.map((country) => country.code) as [string, ...string[]];

// Query string parameters: `types` is a comma list ("PLACE,ORGANISATION").
export const recordQuerySchema = z.object({
  q: z.string().trim().min(1, "Type part of a name").max(100, "At most 100 characters"),
  types: z
    .string()
    .transform((list) => [...new Set(list.split(","))])
    .pipe(z.array(z.enum(PICKABLE_TYPES, "Unknown kind of record")).min(1)),
  country: z.enum(countryCodes, "Unknown country").optional(),
});

export type RecordQuery = z.infer<typeof recordQuerySchema>;

// "Possibly the same as …" (app/admin/api/records/near): published records of one kind
// whose name is a letter or two from the one an editor is typing.
export const NEAR_TYPES = ["PLACE", "PERSON", "ORGANISATION"] as const satisfies readonly NamedRecordType[];
export type NearType = (typeof NEAR_TYPES)[number];

export const nearQuerySchema = z.object({
  name: z.string().trim().min(1, "Type a name").max(200, "At most 200 characters"),
  type: z.enum(NEAR_TYPES, "Unknown kind of record"),
  country: z.enum(countryCodes, "Unknown country").optional(),
  // The record being edited, which is not a duplicate of itself.
  except: z.string().min(1).max(100).optional(),
});

export type NearQuery = z.infer<typeof nearQuerySchema>;

// `path`: its public page, for a look before deciding.
export type PossiblySame = MatchedRecord & { path: string };
