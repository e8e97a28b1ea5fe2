"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { Role } from "@/lib/enums";
import { userRoleSchema, type UserRoleInput } from "@/lib/user-schema";
import { ROLE_LABELS } from "@/lib/permissions";
import { saveUserRole } from "@/app/admin/users/actions";
import { FormError } from "@/components/ui/field";
import { LabelOptions } from "@/components/label-options";

type Props = { userId: string; role: Role; email: string };

export function UserRoleForm({ userId, role, email }: Props) {
  const { register, handleSubmit, setError, formState } = useForm<UserRoleInput>({
    resolver: zodResolver(userRoleSchema),
    defaultValues: { userId, role },
  });
  const { errors, isSubmitting } = formState;
  const [isSaved, setIsSaved] = useState(false);

  async function onSubmit(values: UserRoleInput) {
    setIsSaved(false);
    const result = await saveUserRole(values);
    if (result.ok) {
      setIsSaved(true);
      return;
    }
    const message = result.formError ?? Object.values(result.fieldErrors ?? {})[0];
    setError("root", { message });
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      <div className="row">
        {/* defaultValue too, so the server-rendered select shows the role before hydration */}
        <select aria-label={`Role of ${email}`} defaultValue={role} {...register("role", { onChange: () => setIsSaved(false) })}>
          <LabelOptions labels={ROLE_LABELS} />
        </select>
        <div className="shrink">
          <button type="submit" className="secondary" disabled={isSubmitting}>
            Save role
          </button>
        </div>
      </div>
      {isSaved && (
        <p className="small muted" role="status">
          Role saved.
        </p>
      )}
      <FormError message={errors.root?.message} />
    </form>
  );
}
