import { z } from "zod";
import { COUNTRIES } from "@/lib/countries";

// What a record picker (components/record-picker.tsx) asks app/admin/api/records for, and
// what it gets back. Shared by the route, lib/record-picker-search.ts and the component.

export const PICKABLE_TYPES = ["PLACE", "PERSON", "ORGANISATION", "SOURCE"] as const;
export type PickableType = (typeof PICKABLE_TYPES)[number];

// `detail` tells namesakes apart: "Japan · City", "Publisher, 2024-05-01".
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
