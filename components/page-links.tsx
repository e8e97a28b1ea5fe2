import Link from "next/link";

type Props = {
  // The list's address with its current filters; the cursor is added to it.
  href: (cursor: { after?: string; before?: string }) => string;
  previous: string | null;
  next: string | null;
  summary?: string;
};

// "← Previous · 1,234 waiting · Next →" under a keyset-paged list (lib/keyset.ts).
export function PageLinks({ href, previous, next, summary }: Props) {
  if (!previous && !next && !summary) return null;
  return (
    <nav className="row small" aria-label="Pages" style={{ marginTop: "1rem", justifyContent: "space-between" }}>
      <span className="shrink">{previous && <Link href={href({ before: previous })}>← Previous</Link>}</span>
      {summary && <span className="shrink muted">{summary}</span>}
      <span className="shrink">{next && <Link href={href({ after: next })}>Next →</Link>}</span>
    </nav>
  );
}

// A list address with its filters and a cursor, leaving out empty values.
export function listHref(path: string, params: Record<string, string | undefined>) {
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => !!entry[1])).toString();
  return query ? `${path}?${query}` : path;
}
