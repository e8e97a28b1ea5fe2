import type { Metadata } from "next";
import Form from "next/form";
import { Suspense } from "react";
import { SEARCH_LIMIT } from "@/lib/place-directory";
import { findNearSpellings, searchQuerySchema, searchRecord } from "@/lib/public-search";
import { NearSpellings, SearchHitList } from "@/components/search-hit-list";

export const metadata: Metadata = { title: "Search" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function queryOf(searchParams: SearchParams) {
  const { q } = await searchParams;
  return searchQuerySchema.parse(typeof q === "string" ? q : undefined);
}

// The box keeps what was searched: a GET form, so every search has an address.
async function SearchForm({ searchParams }: { searchParams: SearchParams }) {
  const query = await queryOf(searchParams);
  return (
    <Form action="/search" className="card row" aria-label="Search the record">
      <div className="field">
        <label htmlFor="search-q">A name or a title, in any script</label>
        <input id="search-q" name="q" type="search" maxLength={SEARCH_LIMIT} defaultValue={query ?? ""} />
      </div>
      <div className="field shrink">
        <button type="submit">Search</button>
      </div>
    </Form>
  );
}

async function NothingFound({ query }: { query: string }) {
  const near = await findNearSpellings(query);
  return (
    <>
      <p>Nothing recorded is named “{query}”.</p>
      <NearSpellings hits={near} />
    </>
  );
}

async function Results({ searchParams }: { searchParams: SearchParams }) {
  const query = await queryOf(searchParams);
  if (!query) return null;
  const groups = (await searchRecord(query)).filter((group) => group.hits.length > 0);
  if (groups.length === 0) return <NothingFound query={query} />;
  return (
    <>
      <h2>Found for “{query}”</h2>
      {groups.map((group) => (
        <section key={group.heading} aria-label={group.heading}>
          <h3>{group.heading}</h3>
          <SearchHitList hits={group.hits} />
        </section>
      ))}
    </>
  );
}

export default function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <>
      <h1>Search</h1>
      <p className="lede">Places, people and organisations by any of their names; delegations and events by a word of their title.</p>
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <SearchForm searchParams={searchParams} />
        <Results searchParams={searchParams} />
      </Suspense>
    </>
  );
}
