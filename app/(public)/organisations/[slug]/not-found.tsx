import Link from "next/link";

export default function OrganisationNotFound() {
  return (
    <div className="card">
      <h1>Organisation not found</h1>
      <p>No published organisation has this address. It may not have been approved yet.</p>
      <p>
        <Link href="/places">Browse all places</Link>
      </p>
    </div>
  );
}
