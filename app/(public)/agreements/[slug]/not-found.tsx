import Link from "next/link";

export default function AgreementNotFound() {
  return (
    <div className="card">
      <h1>Agreement not found</h1>
      <p>No published agreement has this address. It may not have been approved yet.</p>
      <p>
        <Link href="/places">Browse all places</Link>
      </p>
    </div>
  );
}
