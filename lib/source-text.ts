import { createHash } from "node:crypto";
import { foldForMatching } from "@/lib/quote-anchor";

// The same text pasted twice, however its white space or compatibility characters came
// out, hashes the same, so a source is recognised instead of registered again.
export function snapshotHash(snapshot: string): string {
  return createHash("sha256").update(foldForMatching(snapshot)).digest("hex");
}

const TRACKING_PARAMETERS = /^(utm_|fbclid$|gclid$|spm$|from$|share)/i;

// One spelling per address: no fragment, no tracking parameters, lower-case host, no
// trailing slash, http and https alike.
export function normalizeSourceUrl(url: string): string {
  const parsed = new URL(url.trim());
  parsed.hash = "";
  parsed.protocol = "https:";
  parsed.hostname = parsed.hostname.toLowerCase().replace(/^www\./, "");
  for (const key of [...parsed.searchParams.keys()]) {
    if (TRACKING_PARAMETERS.test(key)) parsed.searchParams.delete(key);
  }
  parsed.searchParams.sort();
  return parsed.toString().replace(/\/(?=$|\?)/, "");
}
