// Runs on `npm install`: gives a fresh clone a working .env (a random session secret)
// and the data/ folder the embedded database lives in. Never overwrites an existing .env.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

mkdirSync("data", { recursive: true });
if (!existsSync(".env")) {
  const example = readFileSync(".env.example", "utf8");
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(".env", example.replace('NEXTAUTH_SECRET=""', `NEXTAUTH_SECRET="${secret}"`));
  console.log("Wrote .env with a new NEXTAUTH_SECRET");
}
