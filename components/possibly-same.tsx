"use client";

import type { NearType, PossiblySame as PossiblySameRecord } from "@/lib/record-picker-schema";
import { useRecordSearch } from "@/components/use-record-search";
import { PossiblySameList } from "@/components/possibly-same-list";

type Props = { type: NearType; noun: string; name: string | undefined; country?: string | null; except?: string };

// Waits for typing to pause longer than a picker does: this is a second look, not a search.
const PAUSE_MS = 400;

function nearUrl({ type, name = "", country, except }: Props): string | null {
  if (!name.trim()) return null;
  const params = new URLSearchParams({ type, name: name.trim() });
  if (country) params.set("country", country);
  if (except) params.set("except", except);
  return `/admin/api/records/near?${params}`;
}

// "Possibly the same as …" under a name field, updated as the editor types; `except` is the
// record being edited, never a duplicate of itself.
export function PossiblySame(props: Props) {
  const url = nearUrl(props);
  const answer = useRecordSearch<PossiblySameRecord>(url, PAUSE_MS);
  const records = url && answer && "records" in answer ? answer.records : [];
  return (
    <div role="status" aria-live="polite">
      <PossiblySameList records={records} noun={props.noun} />
    </div>
  );
}
