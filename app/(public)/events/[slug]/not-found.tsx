import Link from "next/link";

export default function EventNotFound() {
  return (
    <div className="card">
      <h1>Event not found</h1>
      <p>No published event has this address. It may not have been approved yet.</p>
      <p>
        <Link href="/places">Browse all places</Link>
      </p>
    </div>
  );
}
