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
    </>
  );
}
