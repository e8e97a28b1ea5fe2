import type { Role } from "@/lib/enums";
import { ROLE_LABELS } from "@/lib/permissions";
import { TableScroll } from "@/components/ui/table-scroll";
import { InvitationWithdrawButton } from "@/components/user-invitation-withdraw-button";

type OpenInvitation = { id: string; name: string; email: string; role: Role; expiresAt: Date; invitedBy: { name: string } };

export function InvitationTable({ invitations }: { invitations: OpenInvitation[] }) {
  if (invitations.length === 0) return <p className="muted">No invitation is waiting to be accepted.</p>;
  return (
    <TableScroll label="Open invitations">
      <table className="data">
        <thead>
          <tr>
            <th>Name</th>
            <th>Email</th>
            <th>Role</th>
            <th>Invited by</th>
            <th>Link works until</th>
            <th>
              <span className="visually-hidden">Withdraw</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((invitation) => (
            <tr key={invitation.id}>
              <td>{invitation.name}</td>
              <td>{invitation.email}</td>
              <td>{ROLE_LABELS[invitation.role]}</td>
              <td>{invitation.invitedBy.name}</td>
              <td>{invitation.expiresAt.toISOString().slice(0, 10)}</td>
              <td>
                <InvitationWithdrawButton invitationId={invitation.id} email={invitation.email} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
