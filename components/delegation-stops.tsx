"use client";

import { useRef } from "react";
import { useFieldArray, useFormContext } from "react-hook-form";
import { ClaimCitationFields } from "@/components/claim-citation-fields";
import { RecordPickerField } from "@/components/record-picker";
import { AddRowButton } from "@/components/ui/row-buttons";
import { Field, fieldAria } from "@/components/ui/field";
import { usePicks } from "@/components/delegation-picks";
import { emptyStop, type DelegationFormValues } from "@/lib/delegation-schema";

// The itinerary: the stops in the order visited (moved with the Up and Down buttons), or,
// when the source does not say, only which places; and what it leaves unnamed.
export function StopFields() {
  const { control, register, formState, getValues } = useFormContext<DelegationFormValues>();
  const stops = useFieldArray({ control, name: "stops", keyName: "key" });
  const { picked, remember } = usePicks();
  const addButton = useRef<HTMLButtonElement>(null);
  const errors = formState.errors.stops;

  // The button pressed moves with its stop, so a keyboard user can press it again.
  const move = (from: number, to: number) => {
    stops.move(from, to);
    const isAtEnd = to === 0 || to === stops.fields.length - 1;
    const button = to < from !== isAtEnd ? "up" : "down";
    requestAnimationFrame(() => document.getElementById(`stops-${to}-${button}`)?.focus());
  };
  const remove = (index: number) => {
    stops.remove(index);
    addButton.current?.focus();
  };

  return (
    <fieldset>
      <legend>Itinerary</legend>
      {errors?.root?.message && (
        <p className="field-error" role="alert">
          {errors.root.message}
        </p>
      )}
      <div className="stack-sm">
        {stops.fields.map((field, index) => {
          const n = index + 1;
          const error = errors?.[index];
          return (
            <div key={field.key} role="group" aria-label={`Stop ${n}`}>
              <div className="row">
                <RecordPickerField
                  control={control}
                  name={`stops.${index}.placeId`}
                  id={`stops-${index}-place`}
                  label={`Stop ${n}`}
                  types={["PLACE"]}
                  initial={picked[getValues(`stops.${index}.placeId`)] ?? null}
                  emptyValue=""
                  onPick={remember}
                />
                <Field
                  id={`stops-${index}-startOn`}
                  label={`Stop ${n} from`}
                  hint="YYYY, YYYY-MM or YYYY-MM-DD"
                  error={error?.startOn?.message}
                >
                  <input
                    id={`stops-${index}-startOn`}
                    {...fieldAria(`stops-${index}-startOn`, error?.startOn)}
                    {...register(`stops.${index}.startOn`)}
                  />
                </Field>
                <Field id={`stops-${index}-endOn`} label={`Stop ${n} until`} hint="Optional" error={error?.endOn?.message}>
                  <input
                    id={`stops-${index}-endOn`}
                    {...fieldAria(`stops-${index}-endOn`, error?.endOn)}
                    {...register(`stops.${index}.endOn`)}
                  />
                </Field>
              </div>
              <div className="row">
                <div className="shrink">
                  <button
                    type="button"
                    id={`stops-${index}-up`}
                    className="secondary"
                    disabled={index === 0}
                    onClick={() => move(index, index - 1)}
                    aria-label={`Move stop ${n} up`}
                  >
                    Up
                  </button>
                </div>
                <div className="shrink">
                  <button
                    type="button"
                    id={`stops-${index}-down`}
                    className="secondary"
                    disabled={index === stops.fields.length - 1}
                    onClick={() => move(index, index + 1)}
                    aria-label={`Move stop ${n} down`}
                  >
                    Down
                  </button>
                </div>
                <div className="shrink">
                  <button type="button" className="secondary" onClick={() => remove(index)} aria-label={`Remove stop ${n}`}>
                    Remove
                  </button>
                </div>
              </div>
            </div>
          );
        })}
      </div>
      <AddRowButton buttonRef={addButton} onClick={() => stops.append(emptyStop(), { focusName: `stops.${stops.fields.length}.placeId` })}>
        Add a stop
      </AddRowButton>
      <label>
        <input type="checkbox" {...register("itineraryOrdered")} /> The sources list the stops in this order
      </label>
      <Field
        id="otherPlacesNote"
        label="Other places the source leaves unnamed"
        hint="Optional, as the source says it: “and other places”"
        error={formState.errors.otherPlacesNote?.message}
      >
        <input id="otherPlacesNote" {...fieldAria("otherPlacesNote", formState.errors.otherPlacesNote)} {...register("otherPlacesNote")} />
      </Field>
      <ClaimCitationFields name="citations.stops" claim="the stops" initialSource={picked[getValues("citations.stops.sourceId")] ?? null} />
    </fieldset>
  );
}
