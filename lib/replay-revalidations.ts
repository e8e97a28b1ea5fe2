import { createRequire } from "node:module";
import path from "node:path";
import { prisma } from "@/lib/db";
import { readTagExpiries } from "@/lib/revalidated-tags";

type TagsManifest = Map<string, { stale?: number; expired?: number }>;

// Next.js records revalidateTag()/updateTag() only in memory, in this module's map, which
// both its on-disk page cache and its "use cache" handler consult ("Single instance" in
// node_modules/next/dist/docs/01-app/02-guides/how-revalidation-works.md): a page cached on
// disk before an approval would be served as fresh after a restart or a crash. Loaded from
// the project's node_modules, not bundled, so that it is the server's own instance.
const TAGS_MANIFEST_MODULE = "next/dist/server/lib/incremental-cache/tags-manifest.external";

function nextTagsManifest(): TagsManifest {
  const load = createRequire(path.join(process.cwd(), "package.json"));
  const { tagsManifest } = load(TAGS_MANIFEST_MODULE) as { tagsManifest?: unknown };
  if (!(tagsManifest instanceof Map)) throw new Error(`${TAGS_MANIFEST_MODULE} no longer exports tagsManifest`);
  return tagsManifest as TagsManifest;
}

// Every revalidation the database records (written in each approval's transaction) expires
// the pages cached before it, as the updateTag() calls of the process that approved did
// until it stopped. Returns how many tags it replayed.
export async function replayRevalidatedTags(): Promise<number> {
  const manifest = nextTagsManifest();
  const expiries = await readTagExpiries(prisma);
  for (const [tag, expired] of expiries) {
    const entry = manifest.get(tag);
    manifest.set(tag, { ...entry, expired: Math.max(entry?.expired ?? 0, expired) });
  }
  return expiries.size;
}
