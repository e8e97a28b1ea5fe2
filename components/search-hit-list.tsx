import Link from "next/link";
import type { SearchHit } from "@/lib/public-search";

// A list of found records, each a link with what it is and where: the public search's
// results and the near spellings it, and the places directory, offer.
export function SearchHitList({ hits }: { hits: SearchHit[] }) {
  return (
    <ul className="plain-list">
      {hits.map((hit) => (
        <li key={hit.id}>
          <Link href={hit.path} prefetch={false}>
            {hit.title}
          </Link>
          {hit.detail && <span className="muted small"> · {hit.detail}</span>}
        </li>
      ))}
    </ul>
  );
}

// "Did you mean": names a letter or two from a search that found nothing.
export function NearSpellings({ hits }: { hits: SearchHit[] }) {
  if (hits.length === 0) return null;
  return (
    <section aria-label="Near spellings">
      <h2>Did you mean</h2>
      <SearchHitList hits={hits} />
    </section>
  );
}
