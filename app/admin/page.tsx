import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/permissions";
import { listAwaiting } from "@/lib/awaiting";
import { ChangesToReview, DraftChanges, ReturnedChanges } from "@/components/awaiting-sections";

export const metadata: Metadata = { title: "Dashboard" };

export default async function AdminHome({ searchParams }: { searchParams: Promise<{ denied?: string }> }) {
  const user = await requireUser();
  const [{ denied }, awaiting] = await Promise.all([searchParams, listAwaiting(user)]);
  const { counts, returned, drafts, toReview } = awaiting;
  const isIdle = counts.returned + counts.drafts + counts.toReview === 0;
  return (
    <>
      <h1>Welcome, {user.name}</h1>
      {denied && (
        <p className="form-error" role="alert">
          Your role does not allow that page.
        </p>
      )}
      <p className="lede">{isIdle ? "Nothing awaits you." : "What awaits you, most pressing first."}</p>
      <div className="stack" style={{ marginTop: "1rem" }}>
        {can(user, "change:propose") && returned.length > 0 && <ReturnedChanges changes={returned} />}
        {can(user, "change:review") && <ChangesToReview count={counts.toReview} oldest={toReview} />}
        {can(user, "change:propose") && drafts.length > 0 && <DraftChanges drafts={drafts} />}
      </div>
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
