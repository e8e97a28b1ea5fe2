// Loaded with `tsx --import`: lets lib/ run outside Next for the benchmark (see next-cache-stub.mjs).
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(`
      export async function resolve(specifier, context, next) {
        if (specifier === "next/cache") return { url: ${JSON.stringify(new URL("./next-cache-stub.mjs", import.meta.url).href)}, shortCircuit: true };
        return next(specifier, context);
      }`),
);
