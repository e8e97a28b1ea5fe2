import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth";
import { listUsers } from "@/lib/user";
import { listOpenInvitations } from "@/lib/invitation";
import { UserForm } from "@/components/user-form";
import { UserTable } from "@/components/user-table";
import { InvitationForm } from "@/components/user-invitation-form";
import { InvitationTable } from "@/components/user-invitation-table";

export const metadata: Metadata = { title: "Users" };

type Props = { searchParams: Promise<{ created?: string }> };

export default async function UsersPage({ searchParams }: Props) {
  const actor = await requirePermission("users:manage");
  const [users, invitations, { created }] = await Promise.all([listUsers(actor), listOpenInvitations(actor), searchParams]);
  const createdUser = users.find((user) => user.id === created);
  return (
    <>
      <h1>Users</h1>
      <p className="muted">
        Disabling an account or changing its role signs it out everywhere at once; its history stays in the audit log.
      </p>
      {createdUser && (
        <p className="notice" role="status">
          Created {createdUser.email}. They can sign in with the password you chose.
        </p>
      )}
      <h2>Invite a colleague</h2>
      <p className="muted">They get a link to choose their own password and join with the role you pick.</p>
      <InvitationForm />
      <h3>Open invitations</h3>
      <InvitationTable invitations={invitations} />
      <h2>New user</h2>
      <p className="muted">Or make the account yourself, with a first password you pass on privately.</p>
      <UserForm key={created ?? "new"} />
      <h2>All users</h2>
      <UserTable users={users} currentUserId={actor.id} />
    </>
  );
}
