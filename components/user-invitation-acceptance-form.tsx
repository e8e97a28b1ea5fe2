"use client";

import { FormProvider, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { invitationAcceptanceSchema, type InvitationAcceptanceInput } from "@/lib/user-schema";
import { acceptInvitationAction } from "@/app/(public)/invite/[token]/actions";
import { FormError } from "@/components/ui/field";
import { showActionErrors } from "@/components/ui/show-action-errors";
import { NewPasswordFields } from "@/components/new-password-fields";

type Props = { token: string; email: string };

export function InvitationAcceptanceForm({ token, email }: Props) {
  const form = useForm<InvitationAcceptanceInput>({
    resolver: zodResolver(invitationAcceptanceSchema),
    defaultValues: { token, newPassword: "", confirmPassword: "" },
  });
  const { handleSubmit, setError, formState } = form;
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: InvitationAcceptanceInput) {
    showActionErrors(await acceptInvitationAction(values), setError);
  }

  return (
    <FormProvider {...form}>
      <form className="stack" onSubmit={handleSubmit(onSubmit)} noValidate aria-label="Set your password">
        <FormError message={errors.root?.message ?? errors.token?.message} />
        {/* Lets password managers store the new password under the right account. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <NewPasswordFields label="Password" />
        <div>
          <button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Setting password…" : "Set password"}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
