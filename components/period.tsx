import type { RecordType } from "@/lib/generated/prisma/enums";
import type { Footnotes } from "@/lib/footnotes";
import { formatPartialDate } from "@/lib/partial-date";
import { CitationMarks } from "@/components/citation-marks";

// A span of partial dates as a reader says it: "since July 2022", "2018 – 2022", "until 2020".
export function Period({ from, to }: { from: string | null; to: string | null }) {
  if (from && to) return <>{from === to ? formatPartialDate(from) : `${formatPartialDate(from)} – ${formatPartialDate(to)}`}</>;
  if (from) return <>since {formatPartialDate(from)}</>;
  if (to) return <>until {formatPartialDate(to)}</>;
  return null;
}

type Dated = { id: string; startOn: string | null; endOn: string | null };

// The dates of a visit, a stop or an event with their citations, the values a reviewer
// settled on shown in place of the stored ones: "19 – 20 June 2024", or one day when it
// has no end. A plain function, not a component: it numbers footnotes as the page calls it.
export function citedDates(notes: Footnotes, recordType: RecordType, { id, startOn, endOn }: Dated) {
  const start = notes.claim(recordType, id, "startOn");
  const end = notes.claim(recordType, id, "endOn");
  const from = start.preferred ?? startOn;
  return (
    <>
      <Period from={from} to={end.preferred ?? endOn ?? from} />
      <CitationMarks claim={start} />
      <CitationMarks claim={end} />
    </>
  );
}

// One date of a record (a meeting's, a gift's) with its citations, the settled value shown.
// Nothing when there is neither a date nor a citation of it. A plain function, as above.
export function citedDate(notes: Footnotes, recordType: RecordType, id: string, field: string, stored: string | null) {
  const claim = notes.claim(recordType, id, field);
  const date = claim.preferred ?? stored;
  if (!date && claim.footnotes.length === 0) return null;
  return (
    <>
      {date && formatPartialDate(date)}
      <CitationMarks claim={claim} />
    </>
  );
}
