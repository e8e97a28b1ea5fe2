import { RoleRequired } from "@/components/role-required";

export default function ReviewerRoleRequired() {
  return <RoleRequired role="REVIEWER" />;
}
