"use client";

import { useEffect, useState } from "react";
import type { MatchedRecord } from "@/lib/record-picker-schema";

export type Answer<T extends MatchedRecord = MatchedRecord> = { url: string; records: T[] } | { url: string; failure: string };

// The answer to the latest query only: a query is sent once typing pauses for `debounceMs`,
// and a newer one aborts it. Until the new answer comes, the last one stays on screen.
// Used by the record pickers and by "possibly the same as …".
export function useRecordSearch<T extends MatchedRecord = MatchedRecord>(url: string | null, debounceMs = 150) {
  const [answer, setAnswer] = useState<Answer<T> | null>(null);
  useEffect(() => {
    if (!url) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        // A redirect is proxy.ts sending a signed-out visitor to the sign-in page.
        const response = await fetch(url, { signal: controller.signal, redirect: "error" });
        if (response.status === 401) return setAnswer({ url, failure: "Signed out: sign in again to search." });
        if (!response.ok) throw new Error(`Search answered ${response.status}`);
        const { records } = (await response.json()) as { records: T[] };
        setAnswer({ url, records });
      } catch {
        if (!controller.signal.aborted) setAnswer({ url, failure: "The search failed; try again." });
      }
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [url, debounceMs]);
  return answer;
}
