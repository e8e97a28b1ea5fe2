// The figures a visitor meets: the app built and started on the benchmark database, then
// page sizes, the JavaScript of a public profile, and throughput at 32 connections of a
// public profile next to a static file served by the same server in the same run (and, to
// tell bytes from rendering, next to a static file of the page's size).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { openSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import type { Figure } from "./measure";

export const CONNECTIONS = 32;
const SECONDS = 10;

// A Next app the benchmark builds and serves: Amity itself, or the empty app that gives
// the framework's own floor (./floor.ts).
export type BenchApp = { cwd: string; distDir: string; port: number };
const AMITY: BenchApp = { cwd: process.cwd(), distDir: ".next-bench", port: 3200 };
const BASE = baseOf(AMITY);

export function baseOf(app: BenchApp) {
  return `http://127.0.0.1:${app.port}`;
}

// Next's own command, run by this Node: the empty app has no node_modules of its own.
const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");

function secret(): string {
  const line = readFileSync(".env", "utf8").match(/^NEXTAUTH_SECRET="?([^"\n]+)"?/m);
  if (!line) throw new Error("No NEXTAUTH_SECRET in .env (npm install writes one)");
  return line[1];
}

// Quiet unless it fails; then the end of its output says why.
export function build(env: NodeJS.ProcessEnv, app = AMITY) {
  try {
    execFileSync(process.execPath, [NEXT_BIN, "build"], {
      cwd: app.cwd,
      stdio: "pipe",
      env: { ...env, NEXT_DIST_DIR: app.distDir },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const output = `${(error as { stdout?: Buffer }).stdout ?? ""}${(error as { stderr?: Buffer }).stderr ?? ""}`;
    throw new Error(`next build failed:\n${output.split("\n").slice(-40).join("\n")}`);
  }
}

// The Node options `npm start` gives the server (its heap limit): the server measured is
// the one that is deployed. Started without npm, so that its pid is the server's own.
function startNodeOptions(): string {
  const { scripts } = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } };
  return scripts.start.match(/NODE_OPTIONS=(\S+)/)?.[1] ?? "";
}

export async function start(env: NodeJS.ProcessEnv, app = AMITY): Promise<ChildProcess> {
  const base = baseOf(app);
  if (await fetch(base + "/").catch(() => null)) throw new Error(`Port ${app.port} is taken: stop what runs there first`);
  // The server's output goes to a file beside its build, for when a figure looks wrong.
  const logPath = path.join(app.cwd, app.distDir, "bench-server.log");
  const log = openSync(logPath, "w");
  const server = spawn(process.execPath, [NEXT_BIN, "start", "--port", String(app.port)], {
    cwd: app.cwd,
    env: { ...env, NODE_OPTIONS: startNodeOptions(), NEXT_DIST_DIR: app.distDir, NEXTAUTH_URL: base },
    stdio: ["ignore", log, log],
  });
  for (let i = 0; i < 120 && server.exitCode === null; i++) {
    if ((await fetch(base + "/").catch(() => null))?.ok) return server;
    await sleep(500);
  }
  server.kill();
  throw new Error(`The server did not start: see ${logPath}`);
}

// Resident memory of the server and any process it started, in MB.
function rssMb(pid: number): number {
  const own = execFileSync("ps", ["-o", "rss=", "-p", String(pid)], { encoding: "utf8" });
  let kb = Number(own.trim()) || 0;
  try {
    kb += execFileSync("ps", ["-o", "rss=", "--ppid", String(pid)], { encoding: "utf8" })
      .split("\n")
      .reduce((sum, line) => sum + (Number(line.trim()) || 0), 0);
  } catch {
    // no children
  }
  return kb / 1024;
}

// Each address is served for a few seconds before it is measured, so that the figure is the
// server's steady state, not its first second (JIT compilation, the page's first render
// from its cache), which a restart pays once and a visitor almost never meets.
const WARM_UP_SECONDS = 3;

export async function load(url: string) {
  await autocannon({ url, connections: CONNECTIONS, duration: WARM_UP_SECONDS });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
  return { perSecond: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function pageBytes(path: string, cookie?: string) {
  const response = await fetch(BASE + path, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  return { status: response.status, bytes: Buffer.byteLength(await response.text()) };
}

// The scripts a page loads, gzipped as the server would send them. A `noModule` script (Next's
// polyfills, 39 kB) is fetched only by browsers without ES modules, so it is left out.
export async function scriptKb(html: string, base = BASE) {
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter((m) => !/\snoModule/i.test(m[0]));
  const sources = tags.map((m) => m[1].replace(/&amp;/g, "&"));
  const sizes = new Map<string, { raw: number; gzip: number }>();
  for (const src of new Set(sources)) {
    const body = Buffer.from(await (await fetch(base + src)).arrayBuffer());
    sizes.set(src, { raw: body.length, gzip: gzipSync(body).length });
  }
  const gzipped = [...sizes.values()].reduce((sum, size) => sum + size.gzip, 0);
  return { kb: gzipped / 1024, first: sources[0], firstBytes: sizes.get(sources[0])?.raw ?? 0 };
}

// The build's static file nearest in size to a page: served beside it, it tells how much of
// the page's gap to the (smaller) first script is its bytes rather than its rendering path.
export function staticFileNear(bytes: number, app = AMITY): { path: string; kb: number } {
  const dir = path.join(app.cwd, app.distDir, "static/chunks");
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".js"))
    .map((name) => ({ name, size: statSync(`${dir}/${name}`).size }));
  const nearest = files.reduce((best, file) => (Math.abs(file.size - bytes) < Math.abs(best.size - bytes) ? file : best));
  return { path: `/_next/static/chunks/${nearest.name}`, kb: nearest.size / 1024 };
}

type Pages = {
  mostLinked: { slug: string; ties: number };
  mostCited: { id: string; claims: number };
  profileSlug: string;
  editor: User;
  reviewer: User;
  placeId: string;
};

type User = { id: string; name: string; email: string; role: string };

const sessionCookie = async (user: User) =>
  `next-auth.session-token=${await encode({ token: { sub: user.id, ...user }, secret: secret() })}`;

// The figures, and the size of the static file the profile's throughput is set against.
export async function httpFigures(env: NodeJS.ProcessEnv, pages: Pages): Promise<{ figures: Figure[]; staticBytes: number }> {
  const server = await start(env);
  try {
    const [cookie, reviewerCookie] = await Promise.all([sessionCookie(pages.editor), sessionCookie(pages.reviewer)]);
    const profile = `/places/${pages.profileSlug}`;
    const figures: Figure[] = [];
    const sized: [string, string, string?][] = [
      ["/", "home page"],
      ["/places", "public places"],
      [profile, "a place profile"],
      [`/places/${pages.mostLinked.slug}`, `the largest profile (${pages.mostLinked.ties} ties)`],
      [`/sources/${pages.mostCited.id}`, `the most-cited source (${pages.mostCited.claims} claims), first part`],
      ["/admin/places", "admin places list", cookie],
      [`/admin/places/${pages.placeId}/edit`, "place edit form", cookie],
      [`/admin/sources/${pages.mostCited.id}/edit`, "the most-cited source's edit form", cookie],
      ["/admin/coverage", "citation coverage report", reviewerCookie],
    ];
    for (const [path, label, withCookie] of sized) {
      const { status, bytes } = await pageBytes(path, withCookie);
      figures.push({
        name: `HTML of ${label}`,
        value: bytes / 1024,
        unit: "kB",
        target: 200,
        note: status === 200 ? undefined : `HTTP ${status}`,
      });
    }
    const html = await (await fetch(BASE + profile)).text();
    const scripts = await scriptKb(html);
    figures.push({ name: "JS of a public profile (gzip)", value: scripts.kb, unit: "kB", target: 100 });

    const staticFile = await load(BASE + scripts.first);
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(server.pid!))), 250);
    const served = await load(BASE + profile);
    clearInterval(sampler);
    const sameSize = staticFileNear(Buffer.byteLength(html));
    const sameSizeFile = await load(BASE + sameSize.path);
    const share = (100 * served.perSecond) / staticFile.perSecond;
    const note =
      `${served.perSecond.toFixed(0)} req/s vs static ${staticFile.perSecond.toFixed(0)} req/s` +
      `; a ${sameSize.kb.toFixed(0)} kB static file: ${sameSizeFile.perSecond.toFixed(0)} req/s` +
      (served.errors ? `, ${served.errors} errors` : "");
    figures.push({
      name: `public profile throughput, ${CONNECTIONS} connections`,
      value: share,
      unit: "% of static",
      target: 50,
      higherIsBetter: true,
      note,
    });
    figures.push({ name: "public profile p99 latency", value: served.p99, unit: "ms", target: 100 });
    figures.push({ name: "server RSS under that load", value: peak, unit: "MB", target: 300 });
    return { figures, staticBytes: scripts.firstBytes };
  } finally {
    server.kill();
  }
}
