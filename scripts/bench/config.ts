import path from "node:path";

// Where `npm run bench:load` writes the benchmark database and `npm run bench` reads it.
export const BENCH_DATABASE_URL = process.env.BENCH_DATABASE_URL || "file:./data/bench.db";

// The twin-cities list, read where the project keeps shared data; never copied into the
// repository (CC BY-SA).
export const TWIN_CITIES_CSV =
  process.env.TWIN_CITIES_CSV || path.join(process.cwd(), "..", "shared", "data", "twin-cities-wikipedia", "twin_cities.csv");
