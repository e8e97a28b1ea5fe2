import Link from "next/link";

export default function TieNotFound() {
  return (
    <div className="card">
      <h1>Tie not found</h1>
      <p>No published tie has this address. It may not have been approved yet.</p>
      <p>
        <Link href="/places">Browse all places</Link>
      </p>
    </div>
  );
}
