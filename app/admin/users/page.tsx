import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth";
import { listUsers } from "@/lib/user";
import { UserForm } from "@/components/user-form";
import { UserTable } from "@/components/user-table";

export const metadata: Metadata = { title: "Users" };

type Props = { searchParams: Promise<{ created?: string }> };

export default async function UsersPage({ searchParams }: Props) {
  const actor = await requirePermission("users:manage");
  const [users, { created }] = await Promise.all([listUsers(actor), searchParams]);
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
      <h2>New user</h2>
      <UserForm key={created ?? "new"} />
      <h2>All users</h2>
      <UserTable users={users} currentUserId={actor.id} />
    </>
  );
}
