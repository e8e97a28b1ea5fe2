// The production server scripts/check-crash.ts starts, kills and restarts: its own build
// folder (.next-crash, built under the shared e2e lock), its own database, a spare port.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { existsSync, openSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import path from "node:path";

export const DIST_DIR = ".next-crash";
const SOURCES = ["app", "components", "lib", "instrumentation.ts", "proxy.ts", "next.config.js", "package-lock.json"];
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((child) => newestChange(path.join(entry, child))));
}

// Reuses the last build unless a source changed since (or --rebuild). The build reads the
// database it is given; the check then marks every page stale, as a restore does.
export function ensureBuild(env: NodeJS.ProcessEnv, rebuild: boolean) {
  const builtAt = newestChange(path.join(DIST_DIR, "BUILD_ID"));
  if (!rebuild && builtAt > Math.max(...SOURCES.map(newestChange))) return "reused";
  execFileSync("flock", ["/tmp/amity-e2e.lock", process.execPath, nextBin, "build"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...env, NEXT_DIST_DIR: DIST_DIR },
  });
  return "built";
}

export async function sparePort(): Promise<number> {
  const server = createServer().listen(0);
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

// Whatever happens to the check, no server or writer outlives it.
const children = new Set<ChildProcess>();
process.on("exit", () => children.forEach((child) => child.kill("SIGKILL")));
export function killOnExit(child: ChildProcess) {
  children.add(child);
  return child;
}

export type Server = { process: ChildProcess; base: string; log: string };

export async function startServer(env: NodeJS.ProcessEnv, port: number, log: string): Promise<Server> {
  const output = openSync(log, "a");
  const base = `http://127.0.0.1:${port}`;
  const child = killOnExit(
    spawn(process.execPath, [nextBin, "start", "--port", String(port)], {
      env: { ...env, NEXT_DIST_DIR: DIST_DIR, NEXTAUTH_URL: base },
      stdio: ["ignore", output, output],
    }),
  );
  for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
    if (child.exitCode !== null) break;
    const ready = await fetch(`${base}/login`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { process: child, base, log };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill("SIGKILL");
  throw new Error(`The server did not start; see ${log}:\n${readFileSync(log, "utf8").slice(-2000)}`);
}

// Resolves once the child has ended, by exit or by signal, even if it already has.
export async function ended(child: ChildProcess) {
  if (child.exitCode === null && child.signalCode === null) await once(child, "exit");
}

export async function stopServer(server: Server, signal: NodeJS.Signals) {
  server.process.kill(signal);
  await ended(server.process);
}

export function decideActionId(): string {
  const manifest = JSON.parse(readFileSync(path.join(DIST_DIR, "server/server-reference-manifest.json"), "utf8"));
  const entries = Object.entries(manifest.node as Record<string, { exportedName: string; filename: string }>);
  const found = entries.find(([, action]) => action.exportedName === "decideChange" && action.filename === "app/admin/review/actions.ts");
  if (!found) throw new Error("No decideChange server action in the build");
  return found[0];
}

// The reviewer's Approve button, as the browser sends it (e2e/fixtures.ts sendActionCall);
// acknowledged when the action answers with its redirect to the review queue.
export async function approveOverHttp(server: Server, actionId: string, session: string, changeId: string): Promise<boolean> {
  const decision = { decision: "approve", seenRevision: 1, comment: "", selected: [], fieldComments: {} };
  try {
    const response = await fetch(`${server.base}/admin/review/${changeId}`, {
      method: "POST",
      headers: {
        "Next-Action": actionId,
        "Content-Type": "text/plain;charset=UTF-8",
        Accept: "text/x-component",
        Cookie: `next-auth.session-token=${session}`,
      },
      body: JSON.stringify([changeId, decision]),
      redirect: "manual",
    });
    await response.arrayBuffer();
    return (response.headers.get("x-action-redirect") ?? "").startsWith(`/admin/review?decided=${changeId}`);
  } catch {
    return false;
  }
}

export async function fetchPage(server: Server, pathname: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${server.base}${pathname}`, { redirect: "manual" });
  return { status: response.status, html: await response.text() };
}
