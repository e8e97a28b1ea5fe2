import { performance } from "node:perf_hooks";

// One figure of the benchmark: what was measured, the target it is held to, and whether
// it meets it. `value` is a number in `unit`; `higherIsBetter` for throughput.
export type Figure = { name: string; value: number; unit: string; target: number; higherIsBetter?: boolean; note?: string };

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// The median time of `run` over `runs` calls, after two warm-up calls (first-query plans and
// connection setup are not what a user waits for on a running server).
export async function medianMs(run: (i: number) => Promise<unknown>, runs = 30): Promise<number> {
  await run(0);
  await run(1);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run(i);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const meets = (f: Figure) => (f.higherIsBetter ? f.value >= f.target : f.value <= f.target);

function shown(value: number, unit: string) {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

export function printFigures(title: string, figures: Figure[]) {
  console.log(`\n${title}`);
  const width = Math.max(...figures.map((f) => f.name.length));
  for (const f of figures) {
    const target = `${f.higherIsBetter ? "≥" : "≤"} ${shown(f.target, f.unit)}`;
    const verdict = meets(f) ? "meets" : "MISSES";
    console.log(
      `  ${f.name.padEnd(width)}  ${shown(f.value, f.unit).padStart(11)}  target ${target.padEnd(12)} ${verdict}${f.note ? `  (${f.note})` : ""}`,
    );
  }
}
