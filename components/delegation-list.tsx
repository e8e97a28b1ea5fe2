import Link from "next/link";
import type { Footnotes } from "@/lib/footnotes";
import { CitationMarks } from "@/components/citation-marks";
import { DelegationItinerary } from "@/components/delegation-itinerary";
import { citedDates } from "@/components/period";

type Stop = { place: { id: string; slug: string; name: string } };
type ListedDelegation = {
  id: string;
  slug: string;
  title: string;
  startOn: string | null;
  endOn: string | null;
  leader: { slug: string; name: string } | null;
  leaderTitle: string | null;
  stops: Stop[];
  itineraryOrdered: boolean;
};

// The delegations a profile lists (sent from a place or by a body), each linked, with its
// cited dates, its leader and itinerary. A plain function, not a component: it numbers
// footnotes in the order the page calls it.
export function renderDelegationList(delegations: ListedDelegation[], notes: Footnotes, heading: string) {
  if (delegations.length === 0) return null;
  return (
    <section aria-labelledby="delegations">
      <h2 id="delegations">{heading}</h2>
      <ul className="plain-list">
        {delegations.map((delegation) => (
          <li key={delegation.id}>
            <Link href={`/delegations/${delegation.slug}`}>
              <strong>{delegation.title}</strong>
            </Link>
            <CitationMarks claim={notes.claim("DELEGATION", delegation.id, "exists")} />
            <div className="muted">
              {citedDates(notes, "DELEGATION", delegation)}
              {delegation.leader && (
                <>
                  {" "}
                  · led by <Link href={`/people/${delegation.leader.slug}`}>{delegation.leader.name}</Link>
                  {delegation.leaderTitle && `, ${delegation.leaderTitle}`}
                </>
              )}
              <CitationMarks claim={notes.claim("DELEGATION", delegation.id, "leaderId")} />
            </div>
            <DelegationItinerary stops={delegation.stops} ordered={delegation.itineraryOrdered} />
          </li>
        ))}
      </ul>
    </section>
  );
}
