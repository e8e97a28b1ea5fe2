"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { invitationAcceptanceSchema, MIN_PASSWORD_LENGTH, type InvitationAcceptanceInput } from "@/lib/user-schema";
import { acceptInvitationAction } from "@/app/(public)/invite/[token]/actions";
import { Field, FormError, fieldAria } from "@/components/ui/field";
import { showActionErrors } from "@/components/ui/show-action-errors";

type Props = { token: string; email: string };

export function InvitationAcceptanceForm({ token, email }: Props) {
  const { register, handleSubmit, setError, formState } = useForm<InvitationAcceptanceInput>({
    resolver: zodResolver(invitationAcceptanceSchema),
    defaultValues: { token, newPassword: "", confirmPassword: "" },
  });
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: InvitationAcceptanceInput) {
    showActionErrors(await acceptInvitationAction(values), setError);
  }

  return (
    <form className="stack" onSubmit={handleSubmit(onSubmit)} noValidate aria-label="Set your password">
      <FormError message={errors.root?.message ?? errors.token?.message} />
      {/* Lets password managers store the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field id="newPassword" label="Password" hint={`At least ${MIN_PASSWORD_LENGTH} characters`} error={errors.newPassword?.message}>
        <input
          id="newPassword"
          type="password"
          autoComplete="new-password"
          {...fieldAria("newPassword", errors.newPassword)}
          {...register("newPassword")}
        />
      </Field>
      <Field id="confirmPassword" label="Password again" error={errors.confirmPassword?.message}>
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
          {isSubmitting ? "Setting password…" : "Set password"}
        </button>
      </div>
    </form>
  );
}
