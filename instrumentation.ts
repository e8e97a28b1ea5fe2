// Runs once as the server starts, before its first request (Next.js instrumentation).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { replayRevalidatedTags } = await import("@/lib/replay-revalidations");
  const replayed = await replayRevalidatedTags();
  if (replayed > 0) console.log(`Replayed ${replayed} recorded page revalidation(s).`);
}
