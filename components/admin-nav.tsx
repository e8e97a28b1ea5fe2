import Link from "next/link";
import { getCurrentUser } from "@/lib/auth";
import { can } from "@/lib/permissions";
import { ROLE_LABELS } from "@/lib/permissions";
import { SignOutButton } from "@/components/sign-out-button";
import { NavLink } from "@/components/nav-link";
import { AwaitingLinks } from "@/components/awaiting-links";
import { AdminNavMenu } from "@/components/admin-nav-menu";

// Reads the session, so it renders inside a <Suspense> boundary.
export async function AdminNav() {
  const user = await getCurrentUser();
  return (
    <nav className="admin-nav" aria-label="Editors">
      <Link href="/" className="brand">
        <strong>Amity</strong>
      </Link>
      <AdminNavMenu>
        <NavLink href="/admin">Dashboard</NavLink>
        {user && <AwaitingLinks user={user} />}
        {can(user, "change:propose") && <NavLink href="/admin/places">Places</NavLink>}
        {can(user, "change:propose") && <NavLink href="/admin/places/new">New place</NavLink>}
        {can(user, "change:propose") && <NavLink href="/admin/ties/new">New tie</NavLink>}
        {can(user, "change:propose") && <NavLink href="/admin/intake">Read an article</NavLink>}
        {can(user, "change:propose") && <NavLink href="/admin/imports">Imports</NavLink>}
        {can(user, "change:propose") && <NavLink href="/admin/people">People</NavLink>}
        {can(user, "change:propose") && <NavLink href="/admin/organisations">Organisations</NavLink>}
        {can(user, "change:propose") && <NavLink href="/admin/agreements">Agreements</NavLink>}
        {can(user, "change:propose") && <NavLink href="/admin/delegations">Delegations</NavLink>}
        {can(user, "change:propose") && <NavLink href="/admin/events">Events</NavLink>}
        {can(user, "change:propose") && <NavLink href="/admin/figures">Figures</NavLink>}
        {can(user, "change:propose") && <NavLink href="/admin/sources">Sources</NavLink>}
        {can(user, "change:propose") && <NavLink href="/admin/changes">My changes</NavLink>}
        {can(user, "change:review") && <NavLink href="/admin/review">Review queue</NavLink>}
        {can(user, "users:manage") && <NavLink href="/admin/users">Users</NavLink>}
        {can(user, "audit:view") && <NavLink href="/admin/audit">Audit log</NavLink>}
        {can(user, "coverage:view") && <NavLink href="/admin/coverage">Citation coverage</NavLink>}
        {user && (
          <div className="small" style={{ marginTop: "1.5rem" }}>
            <div>{user.name}</div>
            <div className="muted">
              {user.email} · {ROLE_LABELS[user.role]}
            </div>
            <div style={{ marginTop: "0.5rem" }}>
              <NavLink href="/admin/account">Your account</NavLink>
            </div>
            <div style={{ marginTop: "0.5rem" }}>
              <SignOutButton />
            </div>
          </div>
        )}
      </AdminNavMenu>
    </nav>
  );
}
