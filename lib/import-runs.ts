import "server-only";
import { prisma } from "@/lib/db";
import { invalid, type ActionResult } from "@/lib/action-result";
import { can, PermissionDenied, type Actor } from "@/lib/permissions";
import { readTwinCitiesList } from "@/lib/twin-cities-list";
import { matchList, proposeList } from "@/lib/twin-cities-import";
import { applyChoices, carryChoices, isStalled, STALLED_AFTER_MS } from "@/lib/import-run-resolutions";
import {
  importSummarySchema,
  resolutionListSchema,
  resolutionOf,
  type ListUpload,
  type ResolutionChoices,
  type ResolutionList,
} from "@/lib/import-run-schema";

// The import screen's runs (/admin/imports): an upload is read and stored at once; matching
// and proposing, which take a while for the whole list, run after the response
// (app/admin/imports/actions.ts) and write how far they got to the run, which the screen
// polls. The importer itself is lib/twin-cities-import.ts, as the CLI uses it.

// Change requests the importer opens are titled so (lib/twin-cities-batches.ts, listSource).
const LIST_CHANGE_TITLE = "Twin-cities list";

const parseResolutions = (json: unknown): ResolutionList => resolutionListSchema.safeParse(json ?? []).data ?? [];

// Stored only after it was read once, so reading it again cannot fail but for a bug.
function readStoredList(text: string) {
  const list = readTwinCitiesList(text);
  if (!list.ok) throw new Error(`the stored list cannot be read: ${list.problem}`);
  return list;
}

export async function startImportRun(user: Actor, { file, retrievedOn }: ListUpload): Promise<ActionResult<{ id: string }>> {
  if (!can(user, "change:propose")) throw new PermissionDenied("You may not propose changes");
  const list = readTwinCitiesList(new Uint8Array(await file.arrayBuffer()));
  if (!list.ok) return invalid({ file: list.problem });
  const run = await prisma.importRun.create({
    data: { authorId: user.id, fileName: file.name || "list.csv", listText: list.text, retrievedOn },
    select: { id: true },
  });
  return { ok: true, data: run };
}

// Background work on one run: a failure is kept on the run for its screen, and logged.
async function working(runId: string, step: string, work: () => Promise<void>) {
  try {
    await work();
  } catch (error) {
    console.error(`import run ${runId}: ${step} failed`, error);
    await prisma.importRun.update({
      where: { id: runId },
      data: { status: "FAILED", error: `${step} stopped: ${error instanceof Error ? error.message : String(error)}` },
    });
  }
}

export function matchImportRun(runId: string): Promise<void> {
  return working(runId, "Matching", async () => {
    const run = await prisma.importRun.findUnique({ where: { id: runId }, select: { status: true, listText: true } });
    if (run?.status !== "MATCHING") return;
    const matching = await matchList(readStoredList(run.listText).rows);
    const resolutions = matching.ambiguous.map((city) => ({ ...city, choice: null }));
    await prisma.importRun.updateMany({ where: { id: runId, status: "MATCHING" }, data: { status: "AWAITING_RESOLUTION", resolutions } });
  });
}

const stalledBefore = () => new Date(Date.now() - STALLED_AFTER_MS);

// The editor's choices, every ambiguous city answered, and the run handed to proposing. One
// import proposes at a time: two at once could each find a row not yet cited and propose it twice.
export async function submitImportRun(user: Actor, { runId, choices }: ResolutionChoices): Promise<ActionResult> {
  if (!can(user, "change:propose")) throw new PermissionDenied("You may not propose changes");
  const run = await prisma.importRun.findFirst({ where: { id: runId, authorId: user.id }, select: { status: true, resolutions: true } });
  if (!run) return { ok: false, formError: "You have no such import." };
  if (run.status !== "AWAITING_RESOLUTION")
    return { ok: false, formError: "This import is no longer waiting for your choices: reload the page." };
  const chosen = applyChoices(parseResolutions(run.resolutions), choices);
  if (!chosen.ok) return invalid(chosen.fieldErrors);
  return prisma.$transaction(async (tx): Promise<ActionResult> => {
    const busy = await tx.importRun.count({ where: { status: "PROPOSING", updatedAt: { gt: stalledBefore() } } });
    if (busy > 0) return { ok: false, formError: "Another import of the list is being proposed: submit again when it is done." };
    const { count } = await tx.importRun.updateMany({
      where: { id: runId, authorId: user.id, status: "AWAITING_RESOLUTION" },
      data: { status: "PROPOSING", resolutions: chosen.list, done: 0, total: 0, error: null },
    });
    return count === 1 ? { ok: true } : { ok: false, formError: "This import is no longer waiting for your choices: reload the page." };
  });
}

// Matches the list again (places may have been added, approved or merged since the editor
// chose), and proposes it with the editor's choices, unless a city is newly ambiguous or a
// chosen candidate gone: then the run waits for the editor again.
export function proposeImportRun(runId: string): Promise<void> {
  return working(runId, "Proposing", async () => {
    const run = await prisma.importRun.findUnique({
      where: { id: runId },
      select: {
        status: true,
        listText: true,
        retrievedOn: true,
        resolutions: true,
        createdAt: true,
        author: { select: { id: true, role: true } },
      },
    });
    if (run?.status !== "PROPOSING") return;
    const list = readStoredList(run.listText);
    const matching = await matchList(list.rows);
    const carried = carryChoices(parseResolutions(run.resolutions), matching.ambiguous);
    if (carried.unresolved > 0) {
      const error = `Places changed since the list was matched: choose again for the ${carried.unresolved} marked “choose”.`;
      await prisma.importRun.update({ where: { id: runId }, data: { status: "AWAITING_RESOLUTION", resolutions: carried.list, error } });
      return;
    }
    const started = new Date();
    const summary = await proposeList(run.author, {
      text: list.text,
      rows: list.rows,
      matching,
      resolutions: new Map(carried.list.map((city) => [city.key, resolutionOf(city.choice!)])),
      // The day the editor downloaded it; runs stored before that was asked, the upload's.
      asOf: run.retrievedOn || run.createdAt.toISOString().slice(0, 10),
      onProgress: async (done, total) => {
        await prisma.importRun.update({ where: { id: runId }, data: { done, total } });
      },
    });
    const changeRequests = await prisma.changeRequest.findMany({
      where: { authorId: run.author.id, title: { startsWith: LIST_CHANGE_TITLE }, createdAt: { gte: started } },
      orderBy: { createdAt: "asc" },
      select: { id: true, title: true },
    });
    await prisma.importRun.update({ where: { id: runId }, data: { status: "DONE", summary: { ...summary, changeRequests } } });
  });
}

const RUN_FIELDS = {
  id: true,
  fileName: true,
  status: true,
  done: true,
  total: true,
  error: true,
  createdAt: true,
  updatedAt: true,
} as const;

// One of the user's own runs as its screen shows it; null for another's or none.
export async function getImportRun(user: Actor, id: string) {
  const run = await prisma.importRun.findFirst({
    where: { id, authorId: user.id },
    select: { ...RUN_FIELDS, resolutions: true, summary: true },
  });
  if (!run) return null;
  return {
    ...run,
    isStalled: isStalled(run),
    resolutions: parseResolutions(run.resolutions),
    summary: importSummarySchema.safeParse(run.summary).data ?? null,
  };
}

export type ImportRunView = NonNullable<Awaited<ReturnType<typeof getImportRun>>>;

export async function listImportRuns(user: Actor) {
  const runs = await prisma.importRun.findMany({
    where: { authorId: user.id },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: RUN_FIELDS,
  });
  return runs.map((run) => ({ ...run, isStalled: isStalled(run) }));
}
