import Link from "next/link";

export default function PersonNotFound() {
  return (
    <div className="card">
      <h1>Person not found</h1>
      <p>No published person has this address. It may not have been approved yet.</p>
      <p>
        <Link href="/places">Browse all places</Link>
      </p>
    </div>
  );
}
