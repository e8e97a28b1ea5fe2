import type { Role } from "@/lib/enums";
import { UserRoleForm } from "@/components/user-role-form";
import { UserStatusButton } from "@/components/user-status-button";
import { TableScroll } from "@/components/ui/table-scroll";

type UserRow = { id: string; name: string; email: string; role: Role; disabledAt: Date | null; createdAt: Date };

// The acting admin gets no "Disable" on their own row: it would sign them out at once.
// lib/user.ts still refuses to leave Amity without an active admin, whoever asks.
export function UserTable({ users, currentUserId }: { users: UserRow[]; currentUserId: string }) {
  return (
    <TableScroll label="All users">
      <table className="data">
        <thead>
          <tr>
            <th>Name</th>
            <th>Email</th>
            <th>Role</th>
            <th>Status</th>
            <th>Created</th>
            <th>Access</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <td>
                {user.name}
                {user.id === currentUserId && (
                  <>
                    {" "}
                    <span className="tag">you</span>
                  </>
                )}
              </td>
              <td>{user.email}</td>
              <td>
                <UserRoleForm userId={user.id} role={user.role} email={user.email} />
              </td>
              <td>{user.disabledAt ? <span className="tag tag-danger">Disabled</span> : <span className="tag tag-ok">Active</span>}</td>
              <td>{user.createdAt.toISOString().slice(0, 10)}</td>
              <td>{user.id !== currentUserId && <UserStatusButton userId={user.id} isDisabled={!!user.disabledAt} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
