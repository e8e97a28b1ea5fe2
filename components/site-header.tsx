import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="site-header">
      <nav aria-label="Main">
        <Link href="/" className="brand">
          Amity
        </Link>
        <Link href="/places">Places</Link>
        <Link href="/search">Search</Link>
        <Link href="/admin">Editors</Link>
      </nav>
    </header>
  );
}
