// The framework's own floor: an empty App Router app (a layout and a "Hello"), built and
// served by the same Next as Amity, measured as the public profile is. Issue 10's JS and
// throughput targets are held against it: what an empty page cannot reach, no page can.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { baseOf, build, CONNECTIONS, load, scriptKb, start, staticFileNear, type BenchApp } from "./http";
import type { Figure } from "./measure";

const FILES: Record<string, string> = {
  "package.json": JSON.stringify({ name: "empty-next-app", private: true, type: "module" }),
  // Amity's settings that bear on serving a page (next.config.js); Turbopack reads only files
  // under its root, and node_modules is a link to Amity's.
  "next.config.mjs": 'export default { cacheComponents: true, poweredByHeader: false, generateEtags: false, turbopack: { root: "/" } };\n',
  "app/layout.jsx": 'export default function Layout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n',
  "app/page.jsx": "export default function Page() {\n  return <p>Hello</p>;\n}\n",
};

function writeEmptyApp(): BenchApp {
  const cwd = mkdtempSync(path.join(tmpdir(), "amity-empty-next-"));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(cwd, file)), { recursive: true });
    writeFileSync(path.join(cwd, file), text);
  }
  symlinkSync(path.resolve("node_modules"), path.join(cwd, "node_modules"));
  return { cwd, distDir: ".next", port: 3201 };
}

// `staticBytes`: the size of the static file the app's profile was set against; the empty
// page is set against the empty app's file nearest that size, so the two shares compare.
export async function floorFigures(staticBytes: number): Promise<Figure[]> {
  const app = writeEmptyApp();
  try {
    build(process.env, app);
    const server = await start(process.env, app);
    try {
      const base = baseOf(app);
      const { kb } = await scriptKb(await (await fetch(base + "/")).text(), base);
      const staticFile = await load(base + staticFileNear(staticBytes, app).path);
      const page = await load(base + "/");
      return [
        { name: "JS of an empty page (gzip)", value: kb, unit: "kB", target: 100 },
        {
          name: `empty page throughput, ${CONNECTIONS} connections`,
          value: (100 * page.perSecond) / staticFile.perSecond,
          unit: "% of static",
          target: 50,
          higherIsBetter: true,
          note: `${page.perSecond.toFixed(0)} req/s vs static ${staticFile.perSecond.toFixed(0)} req/s`,
        },
        { name: "empty page p99 latency", value: page.p99, unit: "ms", target: 100 },
      ];
    } finally {
      server.kill();
    }
  } finally {
    rmSync(app.cwd, { recursive: true, force: true });
  }
}
