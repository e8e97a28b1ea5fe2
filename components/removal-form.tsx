"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { removalSchema, type RemovalInput } from "@/lib/removal-schema";
import type { ActionResult } from "@/lib/action-result";
import { Field, FormError, fieldAria } from "@/components/ui/field";
import { answerOf, showActionErrors } from "@/components/ui/show-action-errors";

type Props = {
  noun: string;
  recordId: string;
  title: string;
  hint: string;
  // The kind's removal action (its server action), given the author's change when revising.
  propose: (values: RemovalInput, changeId?: string) => Promise<ActionResult>;
  changeId?: string;
};

// A proposed removal and its reason. With `changeId` it revises the author's own removal,
// which stays a removal.
export function RemovalForm({ noun, recordId, title, hint, propose, changeId }: Props) {
  const { register, handleSubmit, setError, formState } = useForm<RemovalInput>({
    resolver: zodResolver(removalSchema(noun)),
    defaultValues: { recordId, reason: "" },
  });
  const { errors, isSubmitting } = formState;
  async function onSubmit(values: RemovalInput) {
    showActionErrors(await answerOf(propose(values, changeId)), setError);
  }
  return (
    <form className="stack-sm card" onSubmit={handleSubmit(onSubmit)} noValidate aria-label={`Propose removing ${title}`}>
      <FormError message={errors.root?.message} />
      <Field id="reason" label="Reason for removal" hint={hint} error={errors.reason?.message}>
        <textarea id="reason" rows={2} {...fieldAria("reason", errors.reason)} {...register("reason")} />
      </Field>
      <div>
        <button type="submit" className="secondary" disabled={isSubmitting}>
          Propose removal
        </button>
      </div>
    </form>
  );
}
