import Link from "next/link";
import type { Role } from "@/lib/generated/prisma/enums";
import { ROLE_LABELS } from "@/lib/permissions";
import { ROLES_BY_RANK } from "@/lib/page-access";

// What an admin page says, with a 403, to a signed-in user whose role may not open it.
export function RoleRequired({ role }: { role: Role }) {
  const roles = ROLES_BY_RANK.slice(ROLES_BY_RANK.indexOf(role)).map((allowed) => ROLE_LABELS[allowed]);
  return (
    <>
      <h1>You cannot open this page</h1>
      <p>It needs the {roles.join(" or ")} role. If your work needs it, ask an admin to change your role.</p>
      <p>
        <Link href="/admin">Back to the dashboard</Link>
      </p>
    </>
  );
}
