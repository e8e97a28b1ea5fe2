import { formatPartialDate } from "@/lib/partial-date";

// A span of partial dates as a reader says it: "since July 2022", "2018 – 2022", "until 2020".
export function Period({ from, to }: { from: string | null; to: string | null }) {
  if (from && to) return <>{from === to ? formatPartialDate(from) : `${formatPartialDate(from)} – ${formatPartialDate(to)}`}</>;
  if (from) return <>since {formatPartialDate(from)}</>;
  if (to) return <>until {formatPartialDate(to)}</>;
  return null;
}
