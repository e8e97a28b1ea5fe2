"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { emptyInvitation, invitationSchema, type InvitationInput } from "@/lib/user-schema";
import { ROLE_LABELS } from "@/lib/permissions";
import { inviteColleagueAction } from "@/app/admin/users/actions";
import { Field, FormError, fieldAria } from "@/components/ui/field";
import { showActionErrors } from "@/components/ui/show-action-errors";
import { InvitationLink } from "@/components/user-invitation-link";
import { LabelOptions } from "@/components/label-options";

type Sent = { email: string; link?: string };

export function InvitationForm() {
  const { register, handleSubmit, setError, reset, formState } = useForm<InvitationInput>({
    resolver: zodResolver(invitationSchema),
    defaultValues: emptyInvitation,
  });
  const { errors, isSubmitting } = formState;
  const [sent, setSent] = useState<Sent | null>(null);

  async function onSubmit(values: InvitationInput) {
    setSent(null);
    const result = await inviteColleagueAction(values);
    if (!result.ok) return showActionErrors(result, setError);
    const delivery = result.data;
    setSent({ email: values.email, link: delivery && !delivery.isSent ? delivery.link : undefined });
    reset(emptyInvitation);
  }

  return (
    <form className="stack card" onSubmit={handleSubmit(onSubmit)} noValidate aria-label="Invite a colleague">
      <FormError message={errors.root?.message} />
      {sent && <InvitationLink email={sent.email} link={sent.link} />}
      <div className="row">
        <Field id="invite-name" label="Name" error={errors.name?.message}>
          <input id="invite-name" autoComplete="off" {...fieldAria("invite-name", errors.name)} {...register("name")} />
        </Field>
        <Field id="invite-email" label="Email" error={errors.email?.message}>
          <input id="invite-email" type="email" autoComplete="off" {...fieldAria("invite-email", errors.email)} {...register("email")} />
        </Field>
        <Field id="invite-role" label="Role" error={errors.role?.message}>
          <select id="invite-role" {...fieldAria("invite-role", errors.role)} {...register("role")}>
            <LabelOptions labels={ROLE_LABELS} />
          </select>
        </Field>
      </div>
      <div>
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Inviting…" : "Invite"}
        </button>
      </div>
    </form>
  );
}
