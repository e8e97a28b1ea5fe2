import Link from "next/link";
import { getCurrentUser } from "@/lib/auth";
import { can } from "@/lib/permissions";
import { ROLE_LABELS } from "@/lib/permissions";
import { SignOutButton } from "@/components/sign-out-button";

// Reads the session, so it renders inside a <Suspense> boundary.
export async function AdminNav() {
  const user = await getCurrentUser();
  return (
    <nav className="admin-nav" aria-label="Editors">
      <Link href="/" className="brand">
        <strong>Amity</strong>
      </Link>
      <Link href="/admin">Dashboard</Link>
      {can(user, "change:propose") && <Link href="/admin/places">Places</Link>}
      {can(user, "change:propose") && <Link href="/admin/places/new">New place</Link>}
      {can(user, "change:propose") && <Link href="/admin/ties/new">New tie</Link>}
      {can(user, "change:propose") && <Link href="/admin/people">People</Link>}
      {can(user, "change:propose") && <Link href="/admin/organisations">Organisations</Link>}
      {can(user, "change:propose") && <Link href="/admin/agreements">Agreements</Link>}
      {can(user, "change:propose") && <Link href="/admin/sources">Sources</Link>}
      {can(user, "change:propose") && <Link href="/admin/changes">My changes</Link>}
      {can(user, "change:review") && <Link href="/admin/review">Review queue</Link>}
      {can(user, "users:manage") && <Link href="/admin/users">Users</Link>}
      {can(user, "audit:view") && <Link href="/admin/audit">Audit log</Link>}
      {can(user, "coverage:view") && <Link href="/admin/coverage">Citation coverage</Link>}
      {user && (
        <div className="small" style={{ marginTop: "1.5rem" }}>
          <div>{user.name}</div>
          <div className="muted">
            {user.email} · {ROLE_LABELS[user.role]}
          </div>
          <div style={{ marginTop: "0.5rem" }}>
            <Link href="/admin/account">Your account</Link>
          </div>
          <div style={{ marginTop: "0.5rem" }}>
            <SignOutButton />
          </div>
        </div>
      )}
    </nav>
  );
}
