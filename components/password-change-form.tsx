"use client";

import { FormProvider, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { emptyPasswordChange, passwordChangeSchema, type PasswordChangeInput } from "@/lib/user-schema";
import { changeOwnPasswordAction } from "@/app/admin/account/actions";
import { Field, FormError, fieldAria } from "@/components/ui/field";
import { showActionErrors } from "@/components/ui/show-action-errors";
import { NewPasswordFields } from "@/components/new-password-fields";

export function PasswordChangeForm() {
  const form = useForm<PasswordChangeInput>({
    resolver: zodResolver(passwordChangeSchema),
    defaultValues: emptyPasswordChange,
  });
  const { register, handleSubmit, setError, formState } = form;
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: PasswordChangeInput) {
    showActionErrors(await changeOwnPasswordAction(values), setError);
  }

  return (
    <FormProvider {...form}>
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
        <NewPasswordFields label="New password" />
        <div>
          <button type="submit" disabled={isSubmitting}>
            Change password
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
