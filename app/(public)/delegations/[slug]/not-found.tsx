import Link from "next/link";

export default function DelegationNotFound() {
  return (
    <div className="card">
      <h1>Delegation not found</h1>
      <p>No published delegation has this address. It may not have been approved yet.</p>
      <p>
        <Link href="/places">Browse all places</Link>
      </p>
    </div>
  );
}
