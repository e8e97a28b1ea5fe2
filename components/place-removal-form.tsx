"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { placeRemovalSchema, type PlaceRemovalInput } from "@/lib/place-schema";
import { proposeRemoval } from "@/app/admin/places/actions";
import { Field, FormError, fieldAria } from "@/components/ui/field";
import { showActionErrors } from "@/components/ui/show-action-errors";

type Props = { placeId: string; name: string; changeId?: string; defaultReason?: string };

// With `changeId` it revises the author's own removal, which stays a removal.
export function PlaceRemovalForm({ placeId, name, changeId, defaultReason = "" }: Props) {
  const { register, handleSubmit, setError, formState } = useForm<PlaceRemovalInput>({
    resolver: zodResolver(placeRemovalSchema),
    defaultValues: { placeId, reason: defaultReason },
  });
  const { errors, isSubmitting } = formState;
  async function onSubmit(values: PlaceRemovalInput) {
    showActionErrors(await proposeRemoval(values, changeId), setError);
  }
  return (
    <form className="stack-sm card" onSubmit={handleSubmit(onSubmit)} noValidate aria-label={`Propose removing ${name}`}>
      <FormError message={errors.root?.message} />
      <Field id="reason" label="Reason for removal" hint="A duplicate, a place that does not exist, …" error={errors.reason?.message}>
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
