"use client";

import { useState } from "react";
import { useController, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { personMergeSchema, type PersonMergeInput } from "@/lib/person-schema";
import { proposePersonMergeAction } from "@/app/admin/people/actions";
import { RecordPicker, type PickedRecord } from "@/components/record-picker";
import { Field, FormError, fieldAria } from "@/components/ui/field";
import { showActionErrors } from "@/components/ui/show-action-errors";

// `into`: the person a revised merge already names.
type Props = { personId: string; name: string; changeId?: string; into?: PickedRecord | null; defaultReason?: string };

// With `changeId` it revises the author's own merge, which stays a merge.
export function PersonMergeForm({ personId, name, changeId, into = null, defaultReason = "" }: Props) {
  const { register, handleSubmit, setError, control, formState } = useForm<PersonMergeInput>({
    resolver: zodResolver(personMergeSchema),
    defaultValues: { personId, intoId: into?.id ?? "", reason: defaultReason },
  });
  const { errors, isSubmitting } = formState;
  // The schema holds "" for "not chosen", so the picker's null is stored as "".
  const { field } = useController({ control, name: "intoId" });
  const [target, setTarget] = useState(into);
  async function onSubmit(values: PersonMergeInput) {
    showActionErrors(await proposePersonMergeAction(values, changeId), setError);
  }
  return (
    <form className="stack-sm card" onSubmit={handleSubmit(onSubmit)} noValidate aria-label={`Propose merging ${name}`}>
      <FormError message={errors.root?.message} />
      <RecordPicker
        id="intoId"
        label="Same person as"
        hint="Their names, positions and mentions move there; this record is retired"
        types={["PERSON"]}
        exclude={[personId]}
        value={field.value && target?.id === field.value ? target : null}
        onChange={(record) => {
          setTarget(record);
          field.onChange(record?.id ?? "");
        }}
        error={errors.intoId?.message}
      />
      <Field id="merge-reason" label="Why they are the same person" error={errors.reason?.message}>
        <textarea id="merge-reason" rows={2} {...fieldAria("merge-reason", errors.reason)} {...register("reason")} />
      </Field>
      <div>
        <button type="submit" className="secondary" disabled={isSubmitting}>
          Propose merge
        </button>
      </div>
    </form>
  );
}
