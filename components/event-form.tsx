"use client";

import { FormProvider, useForm, useFormContext, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { eventKeyClaims, EVENT_KIND_CHOICES, emptyEvent, eventFormSchema, type EventFormValues } from "@/lib/event-schema";
import { proposeEventAction } from "@/app/admin/events/actions";
import { ClaimCitationFields } from "@/components/claim-citation-fields";
import { RecordPickerField, usePickedRecords, type PickableType, type Picked, type PickedRecord } from "@/components/record-picker";
import { Field, FormError, fieldAria, ProposalButtons } from "@/components/ui/field";
import { showActionErrors } from "@/components/ui/show-action-errors";
import { useWarnOnLeave } from "@/components/use-warn-on-leave";
import { useFormDraft } from "@/components/use-form-draft";
import { useRowKeys } from "@/components/use-row-keys";
import { LabelOptions } from "@/components/label-options";
import type { EventProposalTarget } from "@/lib/event";

// What the pickers show for the ids the form starts with (places, organisers, sources).

type Props = { defaultValues?: EventFormValues; target?: EventProposalTarget; picked?: Picked };

type ListName = "places" | "organisers";
type ListProps = {
  name: ListName;
  legend: string;
  noun: string;
  type: PickableType;
  picked: Picked;
  onPick: (record: PickedRecord | null) => void;
};

// Places and organisers are ids in plain lists, so the rows keep React keys of their own:
// a picker stays with its record when a row above it is removed.
function LinkedRecordFields({ name, legend, noun, type, picked, onPick }: ListProps) {
  const { control, setValue, formState } = useFormContext<EventFormValues>();
  const ids = useWatch({ control, name });
  const rows = useRowKeys(ids.length);
  const error = formState.errors[name];
  const capital = noun[0].toUpperCase() + noun.slice(1);
  const update = (next: string[]) => setValue(name, next, { shouldDirty: true, shouldValidate: formState.isSubmitted });
  const add = () => {
    rows.add();
    update([...ids, ""]);
  };
  const remove = (index: number) => {
    rows.remove(index);
    update(ids.filter((_, i) => i !== index));
  };
  return (
    <fieldset>
      <legend>{legend}</legend>
      {(error?.message || error?.root?.message) && (
        <p className="field-error" role="alert">
          {error.message ?? error.root?.message}
        </p>
      )}
      {ids.map((id, index) => (
        <div className="row" key={rows.keys[index]}>
          <RecordPickerField
            control={control}
            name={`${name}.${index}`}
            id={`${name}-${index}`}
            label={`${capital} ${index + 1}`}
            types={[type]}
            initial={picked[id] ?? null}
            emptyValue=""
            onPick={onPick}
          />
          <div className="shrink">
            <button type="button" className="secondary" onClick={() => remove(index)} aria-label={`Remove ${noun} ${index + 1}`}>
              Remove
            </button>
          </div>
        </div>
      ))}
      <p>
        <button type="button" className="secondary" onClick={add}>
          Add {/^[aeiou]/.test(noun) ? "an" : "a"} {noun}
        </button>
      </p>
    </fieldset>
  );
}

function DateFields() {
  const { register, formState } = useFormContext<EventFormValues>();
  const { errors } = formState;
  return (
    <div className="row">
      <Field id="startOn" label="Start date" hint="YYYY, YYYY-MM or YYYY-MM-DD" error={errors.startOn?.message}>
        <input id="startOn" {...fieldAria("startOn", errors.startOn)} {...register("startOn")} />
      </Field>
      <Field id="endOn" label="End date" hint="Optional: for an event of several days" error={errors.endOn?.message}>
        <input id="endOn" {...fieldAria("endOn", errors.endOn)} {...register("endOn")} />
      </Field>
    </div>
  );
}

// An event as the source reports it: name, kind, dates, places, organisers, the delegation
// that attended, and the passages for its claims. Selects carry defaultValue so the
// server-rendered page shows the right option before hydration.
export function EventForm({ defaultValues = emptyEvent(), target = {}, picked: initialPicks = {} }: Props) {
  const form = useForm<EventFormValues>({ resolver: zodResolver(eventFormSchema), defaultValues });
  const draft = useFormDraft(form);
  const { register, handleSubmit, setError, control, formState } = form;
  const { errors, isSubmitting, isDirty, isSubmitSuccessful } = formState;
  const { picked, remember } = usePickedRecords(initialPicks);
  useWarnOnLeave(isDirty && !isSubmitSuccessful);
  const source = (id: string | null) => (id ? (picked[id] ?? null) : null);
  const { citations } = defaultValues;
  const [startOn, places] = useWatch({ control, name: ["startOn", "places"] });
  const keyClaims = eventKeyClaims({ startOn, places });

  const save = (submit: boolean) => async (values: EventFormValues) => {
    showActionErrors(await draft.afterSave(proposeEventAction(target, values, submit)), setError);
  };

  return (
    <FormProvider {...form}>
      <form className="stack card" onSubmit={handleSubmit(save(true))} noValidate aria-label={target.eventId ? "Edit event" : "New event"}>
        <FormError message={errors.root?.message} />
        <Field id="name" label="Name" hint="As the source gives it" error={errors.name?.message}>
          <input id="name" {...fieldAria("name", errors.name)} {...register("name")} />
        </Field>
        <div className="row">
          <Field id="kind" label="Kind of event" error={errors.kind?.message}>
            <select id="kind" defaultValue={defaultValues.kind} {...fieldAria("kind", errors.kind)} {...register("kind")}>
              <LabelOptions labels={EVENT_KIND_CHOICES} />
            </select>
          </Field>
          <div className="field shrink">
            <label>
              <input type="checkbox" {...register("isRecurring")} /> Recurring (held every year or season)
            </label>
          </div>
        </div>
        <DateFields />
        <LinkedRecordFields name="places" legend="Places" noun="place" type="PLACE" picked={picked} onPick={remember} />
        <LinkedRecordFields name="organisers" legend="Organisers" noun="organiser" type="ORGANISATION" picked={picked} onPick={remember} />
        <RecordPickerField
          control={control}
          name="delegationId"
          id="delegationId"
          label="Delegation that attended"
          hint="Optional: the visit during which it was held or attended"
          types={["DELEGATION"]}
          initial={source(defaultValues.delegationId)}
          placeholder="Type a word of the delegation's title"
        />
        <Field id="summary" label="Summary" hint="Optional: one or two sentences in your own words" error={errors.summary?.message}>
          <textarea id="summary" rows={3} {...fieldAria("summary", errors.summary)} {...register("summary")} />
        </Field>
        <ClaimCitationFields
          name="citations.exists"
          claim="the event"
          initialSource={source(citations.exists.sourceId)}
          isKey={keyClaims.includes("exists")}
        />
        <ClaimCitationFields
          name="citations.startOn"
          claim="the date"
          initialSource={source(citations.startOn.sourceId)}
          isDate
          isKey={keyClaims.includes("startOn")}
        />
        <ClaimCitationFields
          name="citations.places"
          claim="the places"
          initialSource={source(citations.places.sourceId)}
          isKey={keyClaims.includes("places")}
        />
        <ClaimCitationFields name="citations.organisers" claim="the organisers" initialSource={source(citations.organisers.sourceId)} />
        <ProposalButtons isSubmitting={isSubmitting} onSaveDraft={handleSubmit(save(false))} />
      </form>
    </FormProvider>
  );
}
