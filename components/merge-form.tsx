"use client";

import { useState } from "react";
import { useController, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { mergeSchema, type MergeInput } from "@/lib/merge-schema";
import type { ActionResult } from "@/lib/action-result";
import { proposeMerge } from "@/app/admin/places/actions";
import { proposePersonMergeAction } from "@/app/admin/people/actions";
import { RecordPicker, type PickedRecord } from "@/components/record-picker";
import { Field, FormError, fieldAria } from "@/components/ui/field";
import { showActionErrors } from "@/components/ui/show-action-errors";

// What differs between merging two places and merging two people.
const MERGEABLE = {
  PLACE: { noun: "place", hint: "Its names, ties and citations move there; this one is retired", propose: proposeMerge },
  PERSON: {
    noun: "person",
    hint: "Their names, positions and mentions move there; this record is retired",
    propose: proposePersonMergeAction,
  },
} satisfies Record<string, { noun: string; hint: string; propose: (input: unknown, changeId?: unknown) => Promise<ActionResult> }>;

// `into`: the record a revised merge already names.
type Props = {
  kind: keyof typeof MERGEABLE;
  recordId: string;
  name: string;
  changeId?: string;
  into?: PickedRecord | null;
  defaultReason?: string;
};

// Proposes that this record duplicates another of its kind. With `changeId` it revises the
// author's own merge, which stays a merge.
export function MergeForm({ kind, recordId, name, changeId, into = null, defaultReason = "" }: Props) {
  const { noun, hint, propose } = MERGEABLE[kind];
  const { register, handleSubmit, setError, control, formState } = useForm<MergeInput>({
    resolver: zodResolver(mergeSchema(noun)),
    defaultValues: { recordId, intoId: into?.id ?? "", reason: defaultReason },
  });
  const { errors, isSubmitting } = formState;
  // The schema holds "" for "not chosen", so the picker's null is stored as "".
  const { field } = useController({ control, name: "intoId" });
  const [target, setTarget] = useState(into);
  async function onSubmit(values: MergeInput) {
    showActionErrors(await propose(values, changeId), setError);
  }
  return (
    <form className="stack-sm card" onSubmit={handleSubmit(onSubmit)} noValidate aria-label={`Propose merging ${name}`}>
      <FormError message={errors.root?.message} />
      <RecordPicker
        id="intoId"
        label={`Same ${noun} as`}
        hint={hint}
        types={[kind]}
        exclude={[recordId]}
        value={field.value && target?.id === field.value ? target : null}
        onChange={(record) => {
          setTarget(record);
          field.onChange(record?.id ?? "");
        }}
        error={errors.intoId?.message}
      />
      <Field id="merge-reason" label={`Why they are the same ${noun}`} error={errors.reason?.message}>
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
