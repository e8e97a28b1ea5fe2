import type { Metadata } from "next";
import Link from "next/link";
import { getHomePage } from "@/lib/home-page";
import { agreementTitle } from "@/lib/agreement-kinds";
import { formatPartialDate } from "@/lib/partial-date";

const count = (n: number, one: string, many: string) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

// The whole title, not "… · Amity" (app/layout.tsx): the name already leads it.
export const metadata: Metadata = { title: { absolute: "Amity: local diplomacy between China, Japan and Korea" } };

export default async function HomePage() {
  const { counts, recent } = await getHomePage();
  return (
    <>
      <section className="card">
        <h1>Amity</h1>
        <p className="lede">
          A cited record of local diplomacy between China, Japan and Korea: who visited whom, what was signed, which places are tied, since
          when, and on whose word.
        </p>
        <p>Every fact links to the passage of the source it comes from, and every change is reviewed before it appears here.</p>
        <p>
          {count(counts.places, "place", "places")}, {count(counts.ties, "tie", "ties")},{" "}
          {count(counts.agreements, "agreement", "agreements")} and {count(counts.delegations, "delegation", "delegations")} so far.
        </p>
        <p>
          <Link href="/places">Find a place</Link>, by any of its names or by country, level and kind of tie, or{" "}
          <Link href="/search">search every name</Link>: people, organisations, delegations and events too.
        </p>
      </section>
      <h2>Recently approved</h2>
      <div className="grid-2">
        <section className="card" aria-labelledby="recent-places">
          <h3 id="recent-places">Places</h3>
          <ul className="plain-list">
            {recent.places.map((place) => (
              <li key={place.id}>
                <Link href={`/places/${place.slug}`}>{place.name}</Link>
              </li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="recent-agreements">
          <h3 id="recent-agreements">Agreements</h3>
          <ul className="plain-list">
            {recent.agreements.map((agreement) => (
              <li key={agreement.id}>
                <Link href={`/agreements/${agreement.slug}`}>{agreementTitle(agreement)}</Link>
              </li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="recent-delegations">
          <h3 id="recent-delegations">Delegations</h3>
          <ul className="plain-list">
            {recent.delegations.map((delegation) => (
              <li key={delegation.id}>
                <Link href={`/delegations/${delegation.slug}`}>{delegation.title}</Link>
                {delegation.startOn && <span className="muted small"> · {formatPartialDate(delegation.startOn)}</span>}
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section aria-labelledby="data">
        <h2 id="data">Data</h2>
        <p>The whole record as spreadsheets, one row per record with the sources it rests on:</p>
        <ul>
          <li>
            <a href="/exports/ties.csv" download>
              Ties (CSV)
            </a>
          </li>
          <li>
            <a href="/exports/agreements.csv" download>
              Agreements (CSV)
            </a>
          </li>
          <li>
            <a href="/exports/delegations.csv" download>
              Delegations (CSV)
            </a>
          </li>
        </ul>
        <p className="small muted">Every profile is also available as JSON, linked at the foot of its page.</p>
      </section>
    </>
  );
}
