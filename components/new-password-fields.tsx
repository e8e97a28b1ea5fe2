"use client";

import { useFormContext } from "react-hook-form";
import { MIN_PASSWORD_LENGTH } from "@/lib/user-schema";
import { Field, fieldAria } from "@/components/ui/field";

type NewPassword = { newPassword: string; confirmPassword: string };

// A new password typed twice, as password managers expect it ("new-password"), inside a form
// whose values have `newPassword` and `confirmPassword`.
export function NewPasswordFields({ label }: { label: string }) {
  const {
    register,
    formState: { errors },
  } = useFormContext<NewPassword>();
  return (
    <>
      <Field id="newPassword" label={label} hint={`At least ${MIN_PASSWORD_LENGTH} characters`} error={errors.newPassword?.message}>
        <input
          id="newPassword"
          type="password"
          autoComplete="new-password"
          {...fieldAria("newPassword", errors.newPassword)}
          {...register("newPassword")}
        />
      </Field>
      <Field id="confirmPassword" label={`${label} again`} error={errors.confirmPassword?.message}>
        <input
          id="confirmPassword"
          type="password"
          autoComplete="new-password"
          {...fieldAria("confirmPassword", errors.confirmPassword)}
          {...register("confirmPassword")}
        />
      </Field>
    </>
  );
}
