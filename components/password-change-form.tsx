"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { emptyPasswordChange, passwordChangeSchema, MIN_PASSWORD_LENGTH, type PasswordChangeInput } from "@/lib/user-schema";
import { changeOwnPasswordAction } from "@/app/admin/account/actions";
import { Field, FormError, fieldAria } from "@/components/ui/field";
import { showActionErrors } from "@/components/ui/show-action-errors";

export function PasswordChangeForm() {
  const { register, handleSubmit, setError, formState } = useForm<PasswordChangeInput>({
    resolver: zodResolver(passwordChangeSchema),
    defaultValues: emptyPasswordChange,
  });
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: PasswordChangeInput) {
    showActionErrors(await changeOwnPasswordAction(values), setError);
  }

  return (
    <form className="stack card" onSubmit={handleSubmit(onSubmit)} noValidate aria-label="Change password">
      <FormError message={errors.root?.message} />
      <Field id="currentPassword" label="Current password" error={errors.currentPassword?.message}>
        <input
          id="currentPassword"
          type="password"
          autoComplete="current-password"
          {...fieldAria("currentPassword", errors.currentPassword)}
          {...register("currentPassword")}
        />
      </Field>
      <Field id="newPassword" label="New password" hint={`At least ${MIN_PASSWORD_LENGTH} characters`} error={errors.newPassword?.message}>
        <input
          id="newPassword"
          type="password"
          autoComplete="new-password"
          {...fieldAria("newPassword", errors.newPassword)}
          {...register("newPassword")}
        />
      </Field>
      <Field id="confirmPassword" label="New password again" error={errors.confirmPassword?.message}>
        <input
          id="confirmPassword"
          type="password"
          autoComplete="new-password"
          {...fieldAria("confirmPassword", errors.confirmPassword)}
          {...register("confirmPassword")}
        />
      </Field>
      <div>
        <button type="submit" disabled={isSubmitting}>
          Change password
        </button>
      </div>
    </form>
  );
}
