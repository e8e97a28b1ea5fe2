"use client";

import { useEffect, useRef, useState } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import type { AwaitingCounts as Counts } from "@/lib/awaiting";
import { NavLink } from "@/components/nav-link";

// The admin layout is not rendered again when the user moves between its pages, or when an
// action sends them on (a resubmitted change, a decision): the counts are fetched afresh
// whenever the address changes, starting from those the server rendered with the page.
function useFreshCounts(rendered: Counts): Counts {
  const [counts, setCounts] = useState(rendered);
  const address = `${usePathname()}?${useSearchParams()}`;
  const countedAt = useRef(address);
  useEffect(() => {
    if (countedAt.current === address) return;
    countedAt.current = address;
    const request = new AbortController();
    fetch("/admin/api/awaiting", { signal: request.signal, cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<Counts>) : null))
      .then((fresh) => fresh && setCounts(fresh))
      // A failed refresh keeps the last counts: the menu is a reminder, the pages are the record.
      .catch(() => {});
    return () => request.abort();
  }, [address]);
  return counts;
}

// The menu's "what awaits you": each shown only while something is waiting, with how much.
export function AwaitingCounts({ rendered }: { rendered: Counts }) {
  const { toReview, returned, drafts } = useFreshCounts(rendered);
  return (
    <>
      {returned > 0 && <NavLink href="/admin#returned">Returned to you ({returned})</NavLink>}
      {drafts > 0 && <NavLink href="/admin#drafts">Your drafts ({drafts})</NavLink>}
      {toReview > 0 && <NavLink href="/admin/review">Awaiting your review ({toReview})</NavLink>}
    </>
  );
}
