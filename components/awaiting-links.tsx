import type { Actor } from "@/lib/permissions";
import { countAwaiting } from "@/lib/awaiting";
import { AwaitingCounts } from "@/components/awaiting-counts";

// The menu's counts as they stand when the page is rendered; the client keeps them fresh.
export async function AwaitingLinks({ user }: { user: Actor }) {
  return <AwaitingCounts rendered={await countAwaiting(user)} />;
}
