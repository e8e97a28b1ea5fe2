import Link from "next/link";

export default function PlaceNotFound() {
  return (
    <div className="card">
      <h1>Place not found</h1>
      <p>No published place has this address. It may not have been approved yet.</p>
      <p>
        <Link href="/places">Browse all places</Link>
      </p>
    </div>
  );
}
