import type { Metadata } from "next";
import { forbidden } from "next/navigation";

export const metadata: Metadata = { title: "Role required" };

// proxy.ts shows this page in place of one only a admin or higher may open (lib/page-access.ts).
// It refuses while it is prerendered, so its response carries the 403.
export default function AdminRoleRequiredPage() {
  forbidden();
}
