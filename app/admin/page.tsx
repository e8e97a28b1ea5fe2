import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/permissions";
import { countAwaitingReview } from "@/lib/review-queue";

export const metadata: Metadata = { title: "Dashboard" };

export default async function AdminHome({ searchParams }: { searchParams: Promise<{ denied?: string }> }) {
  const user = await requireUser();
  const [{ denied }, awaiting] = await Promise.all([searchParams, countAwaitingReview(user)]);
  return (
    <>
      <h1>Welcome, {user.name}</h1>
      {denied && (
        <p className="form-error" role="alert">
          Your role does not allow that page.
        </p>
      )}
      <div className="grid-2" style={{ marginTop: "1rem" }}>
        {can(user, "change:propose") && (
          <section className="card">
            <h2>Propose</h2>
            <p>Every addition is reviewed by someone else before it is published.</p>
            <p>
              <Link className="button" href="/admin/places/new">
                New place
              </Link>
            </p>
          </section>
        )}
        {can(user, "change:review") && (
          <section className="card">
            <h2>Review</h2>
            <p>
              {awaiting === 0
                ? "No changes by others await review."
                : `${awaiting} change${awaiting === 1 ? "" : "s"} by others await review.`}
            </p>
            <p>
              <Link href="/admin/review">Open the review queue</Link>
            </p>
          </section>
        )}
        <section className="card">
          <h2>Your changes</h2>
          <p>
            <Link href="/admin/changes">My changes</Link>: submitted, returned and approved.
          </p>
        </section>
      </div>
    </>
  );
}
