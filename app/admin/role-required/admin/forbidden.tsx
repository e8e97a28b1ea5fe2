import { RoleRequired } from "@/components/role-required";

export default function AdminRoleRequired() {
  return <RoleRequired role="ADMIN" />;
}
