"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { tieEventKeyClaims, TIE_EVENT_LABELS, TIE_KIND_LABELS, type TieEventInput } from "@/lib/tie-event-schema";
import { ClaimCitationFields } from "@/components/claim-citation-fields";
import type { PickedRecord } from "@/components/record-picker";
import { Field, fieldAria } from "@/components/ui/field";
import { LabelOptions } from "@/components/label-options";

type EventFields = Omit<TieEventInput, "tieId">;

const toKindOrNull = (value: unknown) => (value ? String(value) : null);

type Props = {
  // The first event of a new tie sets its kind; a later one may leave it as it was.
  kindLabel: string;
  noKindLabel: string;
  // Selects carry their start value so the server-rendered page shows it before hydration.
  defaults: Pick<EventFields, "type" | "kind">;
};

// What happened, the tie's kind from then on, when, and the source's own words, for any form
// whose values hold the event under `event` (inside a react-hook-form <FormProvider>).
export function TieEventFields({ kindLabel, noKindLabel, defaults }: Props) {
  const { register, formState } = useFormContext<{ event: EventFields }>();
  const errors = formState.errors.event;
  return (
    <>
      <div className="row">
        <Field id="event-type" label="What happened" error={errors?.type?.message}>
          <select id="event-type" defaultValue={defaults.type} {...register("event.type")}>
            <LabelOptions labels={TIE_EVENT_LABELS} />
          </select>
        </Field>
        <Field id="event-kind" label={kindLabel} error={errors?.kind?.message}>
          <select id="event-kind" defaultValue={defaults.kind ?? ""} {...register("event.kind", { setValueAs: toKindOrNull })}>
            <option value="">{noKindLabel}</option>
            <LabelOptions labels={TIE_KIND_LABELS} />
          </select>
        </Field>
        <Field id="event-occurredOn" label="Date" hint="YYYY, YYYY-MM or YYYY-MM-DD" error={errors?.occurredOn?.message}>
          <input id="event-occurredOn" {...fieldAria("event-occurredOn", errors?.occurredOn)} {...register("event.occurredOn")} />
        </Field>
      </div>
      <Field
        id="event-term"
        label="Words the source used"
        hint="e.g. 友好城市, 姉妹都市, 자매결연, sister cities"
        error={errors?.term?.message}
      >
        <input id="event-term" {...register("event.term")} />
      </Field>
    </>
  );
}

type CitationProps = { kindSource?: PickedRecord | null; dateSource?: PickedRecord | null };

// The passages for the event's kind and date, each marked when approval waits for it.
export function TieEventCitations({ kindSource, dateSource }: CitationProps) {
  const { control } = useFormContext<{ event: EventFields }>();
  const [kind, occurredOn] = useWatch({ control, name: ["event.kind", "event.occurredOn"] });
  const keyClaims = tieEventKeyClaims({ kind, occurredOn });
  return (
    <>
      <ClaimCitationFields name="citations.kind" claim="the kind of tie" initialSource={kindSource} isKey={keyClaims.includes("kind")} />
      <ClaimCitationFields
        name="citations.occurredOn"
        claim="the date"
        initialSource={dateSource}
        isKey={keyClaims.includes("occurredOn")}
      />
    </>
  );
}
