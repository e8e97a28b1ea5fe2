// Crash check (tracker issue 9, item 11). On a production build with its own database and
// port: reviewers approve new places over HTTP while another process keeps writing and a
// backup is taken; the server and the writer are killed with SIGKILL mid-load; the server
// restarts. Prints how many acknowledged approvals survived whole, the database's
// integrity_check, and whether any public page was stale: once without the recorded
// revalidations (as before they were recorded) and once with them. Then restores the backup
// taken under load and checks the restarted server shows exactly its data.
//
//   npm run check:crash [-- --rebuild]
import path from "node:path";
import {
  approveOverHttp,
  decideActionId,
  DIST_DIR,
  ended,
  ensureBuild,
  fetchPage,
  sparePort,
  startServer,
  stopServer,
  type Server,
} from "./crash-server";
import { DB, DIR, lib, prepareDatabase, startWriter, survivors, writeUntilKilled } from "./crash-database";

const KILL_AFTER = 20;
const BACKUP_AFTER = 8;
const IN_FLIGHT = 4;

// Approves over HTTP, IN_FLIGHT at a time; takes a backup once BACKUP_AFTER are acknowledged
// and kills the server and the writer with SIGKILL once KILL_AFTER are, mid-request.
async function approveUntilCrash(server: Server, session: string, changeIds: string[], onCrash: () => void) {
  const { backupDatabase } = await lib();
  const actionId = decideActionId();
  const acknowledged: string[] = [];
  let backup: Promise<string> | undefined;
  let sent = 0;
  const queue = [...changeIds];
  const worker = async () => {
    for (let id = queue.shift(); id && acknowledged.length < KILL_AFTER; id = queue.shift()) {
      sent++;
      if (!(await approveOverHttp(server, actionId, session, id))) continue;
      acknowledged.push(id);
      if (acknowledged.length === BACKUP_AFTER) backup = backupDatabase(DB, path.join(DIR, "backups"));
      if (acknowledged.length === KILL_AFTER) onCrash();
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  if (!backup || acknowledged.length < KILL_AFTER)
    throw new Error(`Only ${acknowledged.length} approvals were acknowledged; see ${server.log}`);
  return { acknowledged, sent, backup: await backup };
}

type Place = { name: string; slug: string };

// A page is stale if it lacks a place the database has published, or shows one it has not.
async function stalePages(server: Server, shown: Place[], hidden: string[]) {
  const stale: string[] = [];
  for (const list of ["/", "/places"]) {
    const { html } = await fetchPage(server, list);
    if (shown.some((p) => !html.includes(p.name)) || hidden.some((name) => html.includes(name))) stale.push(list);
  }
  for (const place of shown) {
    const { status, html } = await fetchPage(server, `/places/${place.slug}`);
    if (status !== 200 || !html.includes(place.name)) stale.push(`/places/${place.slug}`);
  }
  return { stale, checked: 2 + shown.length };
}

async function withServer<T>(label: string, port: number, check: (server: Server) => Promise<T>): Promise<T> {
  const server = await startServer(process.env, port, path.join(DIR, `server-${label}.log`));
  try {
    return await check(server);
  } finally {
    await stopServer(server, "SIGTERM");
  }
}

const report = (label: string, { stale, checked }: { stale: string[]; checked: number }) =>
  console.log(`${label}: ${stale.length}/${checked} ${stale.join(" ")}`.trimEnd());

// Approvals under load, then SIGKILL: did every acknowledged one survive whole?
async function crashUnderLoad(port: number) {
  const { changeIds, session } = await prepareDatabase();
  console.log(`Build: ${ensureBuild(process.env, process.argv.includes("--rebuild"))} (${DIST_DIR}); database ${DB}`);
  const server = await startServer(process.env, port, path.join(DIR, "server-1.log"));
  for (const list of ["/", "/places"]) await fetchPage(server, list);
  const writer = await startWriter();
  const crash = () => [server.process, writer].forEach((child) => child.kill("SIGKILL"));
  const { acknowledged, sent, backup } = await approveUntilCrash(server, session, changeIds, crash);
  await Promise.all([ended(server.process), ended(writer)]);
  const { prisma, checkIntegrity } = await lib();
  const load = await prisma.changeRequest.count({ where: { title: { contains: ": Load " } } });
  console.log(
    `Under load (another process proposed ${load} places meanwhile): ${sent} approvals sent over HTTP, ${acknowledged.length} acknowledged, then SIGKILL to the server and the writer`,
  );
  console.log(`PRAGMA integrity_check after the crash: ${await checkIntegrity(DB)}`);
  const { whole, approved } = await survivors(acknowledged);
  console.log(`Acknowledged approvals survived: ${whole}/${acknowledged.length} (each with its Revision and AuditEvent rows)`);
  console.log(
    `Approvals committed in all: ${approved.length} (${approved.length - acknowledged.length} committed but not acknowledged before the kill)`,
  );
  return { isWhole: whole === acknowledged.length, approved, backup };
}

// Restarts once without the recorded revalidations (as before they were recorded), once with.
async function restartAfterCrash(port: number, approved: Place[]) {
  const { prisma, EVERY_PAGE_TAG } = await lib();
  const byApprovals = { tag: { not: EVERY_PAGE_TAG } };
  const recorded = await prisma.revalidatedTag.findMany({ where: byApprovals });
  await prisma.revalidatedTag.deleteMany({ where: byApprovals });
  report(
    "Stale public pages after restart without the recorded revalidations",
    await withServer("2-without", port, (s) => stalePages(s, approved, [])),
  );
  await prisma.revalidatedTag.createMany({ data: recorded });
  const after = await withServer("3-with", port, (s) => stalePages(s, approved, []));
  report("Stale public pages after restart with them (instrumentation.ts)", after);
  await prisma.$disconnect();
  return after.stale.length === 0;
}

async function restoreBackup(port: number, backup: string, approved: Place[]) {
  const { checkIntegrity, restoreDatabase } = await lib();
  console.log(`Backup taken under load: ${backup} (PRAGMA integrity_check: ${await checkIntegrity(backup)})`);
  await restoreDatabase(backup, DB);
  const restored = (await survivors([])).approved;
  const later = approved.filter((p) => !restored.some((r) => r.name === p.name)).map((p) => p.name);
  const after = await withServer("4-restored", port, (s) => stalePages(s, restored, later));
  report(`Restored it (${restored.length} approved places, ${later.length} approved after the backup); stale public pages`, after);
  return after.stale.length === 0;
}

async function main() {
  const port = await sparePort();
  const { isWhole, approved, backup } = await crashUnderLoad(port);
  const isFresh = await restartAfterCrash(port, approved);
  const isRestored = await restoreBackup(port, backup, approved);
  const isOk = isWhole && isFresh && isRestored;
  console.log(isOk ? "OK" : "FAILED");
  process.exit(isOk ? 0 : 1);
}

await (process.argv.includes("--writer") ? writeUntilKilled() : main());
