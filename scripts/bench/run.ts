// The benchmark against issue 10's targets, on the database `npm run bench:load` wrote: data
// figures in this process (a cache miss each), then HTTP figures from the app built and
// started on the same database, then the same HTTP figures of an empty Next app (the floor
// under them). Prints every figure next to its target; asserts nothing.
//
//   npm run bench:load && npm run bench          (--data-only skips the build and HTTP part)
import { BENCH_DATABASE_URL } from "./config";
import { printFigures } from "./measure";

process.env.DATABASE_URL = BENCH_DATABASE_URL;
const env = { ...process.env };

const { dataFigures, mostCitedSource, mostLinkedPlace, profileSlug, disconnect } = await import("./data");
const { prisma } = await import("../../lib/db");

printFigures(`Data, on a cache miss (${BENCH_DATABASE_URL})`, await dataFigures());

if (!process.argv.includes("--data-only")) {
  const { build, httpFigures } = await import("./http");
  const pages = {
    profileSlug: await profileSlug(),
    mostLinked: await mostLinkedPlace(),
    mostCited: await mostCitedSource(),
    editor: await prisma.user.findFirstOrThrow({ where: { role: "EDITOR" }, select: { id: true, name: true, email: true, role: true } }),
    reviewer: await prisma.user.findFirstOrThrow({
      where: { role: "REVIEWER" },
      select: { id: true, name: true, email: true, role: true },
    }),
    placeId: (await prisma.place.findFirstOrThrow({ where: { slug: await profileSlug() }, select: { id: true } })).id,
  };
  console.log("\nBuilding the app on the benchmark database…");
  build(env);
  const http = await httpFigures(env, pages);
  printFigures("HTTP, next start on the same database", http.figures);
  const { floorFigures } = await import("./floor");
  console.log("\nBuilding an empty Next app…");
  printFigures("The framework's floor: an empty App Router page, built and served the same way", await floorFigures(http.staticBytes));
}
await disconnect();
