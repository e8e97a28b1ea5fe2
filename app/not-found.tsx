import Link from "next/link";
import { SiteHeader } from "@/components/site-header";

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main className="page">
        <div className="card">
          <h1>Page not found</h1>
          <p><Link href="/">Back to Amity</Link></p>
        </div>
      </main>
    </>
  );
}
