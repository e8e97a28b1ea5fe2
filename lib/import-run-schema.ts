import { z } from "zod";
import { MAX_LIST_BYTES } from "@/lib/twin-cities-list";
import { latestTodayAnywhere } from "@/lib/partial-date";
import type { Resolution } from "@/lib/twin-cities-plan";

// The forms of the import screen (/admin/imports), shared by the browser and the server
// actions, and the shapes an ImportRun keeps as JSON, parsed again whenever they are read.

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export const LIST_TOO_LARGE = `The file is too large: a list may be at most ${megabytes(MAX_LIST_BYTES)}.`;

// The upload. Checked in the browser for a quick answer and again on the server, where the
// file is also read (lib/import-runs.ts): a file may pass here and still not be the list.
export const listUploadSchema = z.object({
  file: z
    .file("Choose the list's CSV file")
    .min(1, "The file is empty.")
    .max(MAX_LIST_BYTES, LIST_TOO_LARGE)
    .refine((file) => file.name.length <= 200, "Rename the file: its name is longer than 200 characters."),
  // The list changes as Wikipedia is edited: its source says which day's list it is.
  retrievedOn: z.iso
    .date("Give the day you downloaded the list, e.g. 2026-11-20")
    .refine((day) => day <= latestTodayAnywhere(), "The list cannot have been retrieved after today."),
});

export type ListUpload = z.infer<typeof listUploadSchema>;

// An editor's answer for one ambiguous city: a candidate's ref (a place's id, or "item:<id>"
// for a place awaiting review), a new place, or leaving its rows out.
export const NEW_PLACE = "new";
export const SKIP = "skip";

export const choiceOf = (resolution: Resolution) => (resolution.kind === "pick" ? resolution.ref : resolution.kind);

export const resolutionOf = (choice: string): Resolution =>
  choice === NEW_PLACE || choice === SKIP ? { kind: choice } : { kind: "pick", ref: choice };

export const CHOOSE = "Choose a place, a new place, or skip it";

export const resolutionChoicesSchema = z.object({
  runId: z.string().min(1).max(40),
  choices: z
    .array(
      z.object({
        key: z.string().min(1).max(400),
        choice: z.string().min(1, CHOOSE).max(100),
      }),
    )
    .max(10_000, "At most 10,000 places"),
});

export type ResolutionChoices = z.infer<typeof resolutionChoicesSchema>;

// ImportRun.resolutions: each city the matching could not settle, its candidates named,
// and the editor's choice once submitted.
export const resolutionListSchema = z.array(
  z.object({
    key: z.string(),
    name: z.string(),
    country: z.string(),
    reason: z.enum(["qualifier", "several"]),
    candidates: z.array(z.object({ ref: z.string(), label: z.string() })),
    choice: z.string().nullable(),
  }),
);

export type ResolutionList = z.infer<typeof resolutionListSchema>;
export type ResolutionEntry = ResolutionList[number];

const rowReportSchema = z.object({ line: z.number(), quote: z.string(), reason: z.string() });

// ImportRun.summary: what proposing did (lib/twin-cities-import.ts ImportSummary) and the
// change requests it opened.
export const importSummarySchema = z.object({
  changes: z.number(),
  sourceProposed: z.boolean(),
  placesReused: z.number(),
  placesCreated: z.number(),
  placesAmbiguous: z.number(),
  tiesProposed: z.number(),
  tiesAlreadyRecorded: z.number(),
  rowsAlreadyCited: z.number(),
  duplicates: z.array(rowReportSchema),
  selfPairs: z.array(rowReportSchema),
  unreadable: z.array(rowReportSchema),
  skipped: z.array(rowReportSchema),
  noLongerListed: z.array(z.string()),
  changeRequests: z.array(z.object({ id: z.string(), title: z.string() })),
});

export type StoredImportSummary = z.infer<typeof importSummarySchema>;
