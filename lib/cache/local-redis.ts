import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

// A throwaway Debian redis-server for the shared-cache tests (lib/cache/*.test.ts,
// e2e/two-instances.spec.ts): a free port, a temporary folder, nothing saved to disk.

export const REDIS_MISSING =
  "redis-server is not installed: the shared-cache test needs Debian's redis-server (apt-get install redis-server; .ci/run installs it)";

export function hasRedisServer() {
  return spawnSync("redis-server", ["--version"], { stdio: "ignore" }).status === 0;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export type LocalRedis = { url: string; stop: () => Promise<void> };

export async function startRedis(): Promise<LocalRedis> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), "amity-redis-"));
  const server = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--appendonly", "no"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  await readyLine(server, "Ready to accept connections");
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      await stopProcess(server);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function readyLine(child: ChildProcess, line: string) {
  return new Promise<void>((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk;
      if (output.includes(line)) resolve();
    });
    child.once("exit", (code) => reject(new Error(`redis-server exited (${code}) before it was ready:\n${output}`)));
  });
}

export function stopProcess(child: ChildProcess) {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
