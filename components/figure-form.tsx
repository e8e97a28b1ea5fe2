"use client";

import { useState } from "react";
import { Controller, FormProvider, useForm, useFormContext, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  figureKeyClaims,
  emptyFigure,
  FIGURE_QUALIFIER_LABELS,
  FIGURE_SUBJECT_LABELS,
  FIGURE_SUBJECTS,
  figureFormSchema,
  subjectOf,
  type FigureFormValues,
  type FigureSubject,
} from "@/lib/figure-schema";
import { proposeFigureAction } from "@/app/admin/figures/actions";
import { ClaimCitationFields } from "@/components/claim-citation-fields";
import { RecordPickerField, type PickableType, type Picked } from "@/components/record-picker";
import { Field, FormError, fieldAria, ProposalButtons } from "@/components/ui/field";
import { showActionErrors } from "@/components/ui/show-action-errors";
import { useWarnOnLeave } from "@/components/use-warn-on-leave";
import { useFormDraft } from "@/components/use-form-draft";
import { useTypedText } from "@/components/use-typed-text";
import { LabelOptions } from "@/components/label-options";
import type { FigureProposalTarget } from "@/lib/figure";

type Props = { defaultValues?: FigureFormValues; target?: FigureProposalTarget; picked?: Picked };

// The subjects a picker can find; a tie is reached from its own page, so it is offered only
// when the figure already names one.
const PICKER_TYPES: Partial<Record<FigureSubject, PickableType>> = {
  placeId: "PLACE",
  eventId: "EVENT",
  delegationId: "DELEGATION",
  organisationId: "ORGANISATION",
};

// "Korean enterprises in Suzhou" is about Suzhou: one record, chosen by its kind first.
function SubjectFields({ picked }: { picked: Picked }) {
  const { control, getValues, setValue, formState } = useFormContext<FigureFormValues>();
  const [chosen, setChosen] = useState<FigureSubject>(() => subjectOf(getValues()) ?? "placeId");
  // A record already set (a draft restored after the form opened) says which kind it is.
  const subjects = useWatch({ control, name: FIGURE_SUBJECTS });
  const field = FIGURE_SUBJECTS.find((_, i) => subjects[i]) ?? chosen;
  const hasTie = !!formState.defaultValues?.tieId;
  const offered = FIGURE_SUBJECTS.filter((subject) => PICKER_TYPES[subject] || (subject === "tieId" && hasTie));
  const error = (formState.errors as { subject?: { message?: string } }).subject?.message;
  const choose = (next: FigureSubject) => {
    for (const subject of FIGURE_SUBJECTS) setValue(subject, null, { shouldDirty: true });
    setChosen(next);
  };
  const type = PICKER_TYPES[field];
  const tieId = getValues("tieId");
  return (
    <fieldset>
      <legend>What the figure is about</legend>
      <div className="row">
        <Field id="subject" label="Kind of record" error={error}>
          <select
            id="subject"
            value={field}
            onChange={(event) => choose(event.target.value as FigureSubject)}
            {...fieldAria("subject", error)}
          >
            <LabelOptions labels={FIGURE_SUBJECT_LABELS} only={offered} />
          </select>
        </Field>
        {type ? (
          <RecordPickerField
            key={field}
            control={control}
            name={field}
            id={field}
            label={FIGURE_SUBJECT_LABELS[field]}
            types={[type]}
            initial={picked[getValues(field) ?? ""] ?? null}
          />
        ) : (
          <p className="field">{tieId ? (picked[tieId]?.title ?? "A tie") : "Open the tie's page to add a figure about it."}</p>
        )}
      </div>
    </fieldset>
  );
}

const numberOf = (typed: string) => {
  const digits = typed.replace(/[,\s]/g, "");
  return digits === "" ? Number.NaN : Number(digits);
};

// The number as typed ("6,500" reads as 6500); what cannot be read is kept as typed and
// refused at the field.
function ValueInput() {
  const { control, formState } = useFormContext<FigureFormValues>();
  const error = formState.errors.value?.message;
  return (
    <Controller
      control={control}
      name="value"
      render={({ field }) => <NumberText value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={error} />}
    />
  );
}

function NumberText({
  value,
  onChange,
  onBlur,
  error,
}: {
  value: number;
  onChange: (n: number) => void;
  onBlur: () => void;
  error?: string;
}) {
  const [text, setText] = useTypedText(
    value,
    (n) => (Number.isFinite(n) ? String(n) : ""),
    (typed, n) => Object.is(numberOf(typed), n),
  );
  return (
    <Field id="value" label="Value" hint="In digits, e.g. 6500 or 6,500" error={error}>
      <input
        id="value"
        inputMode="decimal"
        value={text}
        onBlur={onBlur}
        {...fieldAria("value", error)}
        onChange={(event) => {
          setText(event.target.value);
          onChange(numberOf(event.target.value));
        }}
      />
    </Field>
  );
}

// A dated count as the source gives it ("more than 6,500 Korean enterprises in Suzhou"),
// the passage that gives it, and what it is about.
export function FigureForm({ defaultValues = emptyFigure(), target = {}, picked = {} }: Props) {
  const form = useForm<FigureFormValues>({ resolver: zodResolver(figureFormSchema), defaultValues });
  const draft = useFormDraft(form);
  const { register, handleSubmit, setError, formState } = form;
  const { errors, isSubmitting, isDirty, isSubmitSuccessful } = formState;
  useWarnOnLeave(isDirty && !isSubmitSuccessful);

  const save = (submit: boolean) => async (values: FigureFormValues) => {
    showActionErrors(await draft.afterSave(proposeFigureAction(target, values, submit)), setError);
  };

  return (
    <FormProvider {...form}>
      <form
        className="stack card"
        onSubmit={handleSubmit(save(true))}
        noValidate
        aria-label={target.figureId ? "Edit figure" : "New figure"}
      >
        <FormError message={errors.root?.message} />
        <SubjectFields picked={picked} />
        <Field id="label" label="What is counted" hint="e.g. Korean enterprises in Suzhou" error={errors.label?.message}>
          <input id="label" {...fieldAria("label", errors.label)} {...register("label")} />
        </Field>
        <div className="row">
          <Field id="qualifier" label="How exact" error={errors.qualifier?.message}>
            <select
              id="qualifier"
              defaultValue={defaultValues.qualifier}
              {...fieldAria("qualifier", errors.qualifier)}
              {...register("qualifier")}
            >
              <LabelOptions labels={FIGURE_QUALIFIER_LABELS} />
            </select>
          </Field>
          <ValueInput />
          <Field id="unit" label="Unit" hint="Optional: pairs, enterprises, visitors" error={errors.unit?.message}>
            <input id="unit" {...fieldAria("unit", errors.unit)} {...register("unit")} />
          </Field>
          <Field id="asOf" label="As of" hint="YYYY, YYYY-MM or YYYY-MM-DD" error={errors.asOf?.message}>
            <input id="asOf" {...fieldAria("asOf", errors.asOf)} {...register("asOf")} />
          </Field>
        </div>
        <ClaimCitationFields
          name="citations.value"
          claim="the value"
          initialSource={picked[defaultValues.citations.value.sourceId] ?? null}
          isKey={figureKeyClaims().includes("value")}
        />
        <ProposalButtons isSubmitting={isSubmitting} onSaveDraft={handleSubmit(save(false))} />
      </form>
    </FormProvider>
  );
}
