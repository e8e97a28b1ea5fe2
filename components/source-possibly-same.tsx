"use client";

import type { PossiblySame } from "@/lib/record-picker-schema";
import { useRecordSearch } from "@/components/use-record-search";
import { PossiblySameList } from "@/components/possibly-same-list";

type Props = { title: string | undefined; publisher: string | undefined; sourceId?: string; changeId?: string };

// Waits for typing to pause longer than a picker does: this is a second look, not a search.
const PAUSE_MS = 400;

function sameTitleUrl({ title = "", publisher = "", sourceId, changeId }: Props): string | null {
  if (!title.trim()) return null;
  const params = new URLSearchParams({ title: title.trim() });
  if (publisher.trim()) params.set("publisher", publisher.trim());
  if (sourceId) params.set("except", sourceId);
  if (changeId) params.set("change", changeId);
  return `/admin/api/sources/same-title?${params}`;
}

// "Possibly the same as …" under the title, updated as the editor types: a source of the same
// title is not refused (a fuller text of the article is welcome), only pointed out. Not a
// status role: the form's "already registered" notice is that.
export function SourcePossiblySame(props: Props) {
  const url = sameTitleUrl(props);
  const answer = useRecordSearch<PossiblySame>(url, PAUSE_MS);
  const records = url && answer && "records" in answer ? answer.records : [];
  return (
    <div aria-live="polite">
      <PossiblySameList
        records={records}
        noun="source"
        advice="If it is the same article, correct that source (its fuller text included) instead of registering it twice."
      />
    </div>
  );
}
