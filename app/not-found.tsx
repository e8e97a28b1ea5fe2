import type { Metadata } from "next";
import Link from "next/link";
import { SiteHeader } from "@/components/site-header";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="content" tabIndex={-1} className="page">
        <div className="card">
          <h1>Page not found</h1>
          <p>Nothing is published at this address: the record may have been removed, or the link mistyped.</p>
          <p>
            <Link href="/places">Browse all places</Link> · <Link href="/">Back to Amity</Link>
          </p>
        </div>
      </main>
    </>
  );
}
