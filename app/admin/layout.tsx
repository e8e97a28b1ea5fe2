import type { ReactNode } from "react";
import { Suspense } from "react";
import { AdminNav } from "@/components/admin-nav";
import { PerRequestScripts } from "@/components/per-request-scripts";

export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <div className="admin-shell">
      <Suspense fallback={<nav className="admin-nav" aria-label="Editors" />}>
        <AdminNav />
      </Suspense>
      <main id="content" tabIndex={-1} className="admin-main">
        <Suspense fallback={<p className="muted">Loading…</p>}>{children}</Suspense>
      </main>
      <PerRequestScripts />
    </div>
  );
}
