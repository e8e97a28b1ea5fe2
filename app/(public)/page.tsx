import Link from "next/link";
import { listPublishedPlaces } from "@/lib/place";
import { PlaceList } from "@/components/place-list";

export default async function HomePage() {
  const places = await listPublishedPlaces();
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
          <Link href="/places">Browse all places</Link>
        </p>
      </section>
      <h2>Places</h2>
      <PlaceList places={places} />
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
