"use client";

import { useRef } from "react";
import { useFieldArray, useFormContext } from "react-hook-form";
import { RecordPickerField } from "@/components/record-picker";
import { Field, fieldAria } from "@/components/ui/field";
import { usePicks } from "@/components/delegation-picks";
import { AddRowButton, RemoveButton } from "@/components/ui/row-buttons";
import { emptyGift, emptySiteVisit, type DelegationFormValues } from "@/lib/delegation-schema";

// The sites visited: a company, a factory, a memorial garden, named as the source names them.
export function SiteVisitFields() {
  const { control, register, formState, getValues } = useFormContext<DelegationFormValues>();
  const visits = useFieldArray({ control, name: "siteVisits", keyName: "key" });
  const { picked, remember } = usePicks();
  const addButton = useRef<HTMLButtonElement>(null);
  const errors = formState.errors.siteVisits;
  return (
    <fieldset>
      <legend>Sites visited</legend>
      {visits.fields.map((field, index) => {
        const n = index + 1;
        const error = errors?.[index];
        const id = (part: string) => `siteVisits-${index}-${part}`;
        return (
          <div key={field.key} className="row" role="group" aria-label={`Site visit ${n}`}>
            <Field id={id("name")} label={`Site ${n}`} hint="As the source names it" error={error?.name?.message}>
              <input id={id("name")} {...fieldAria(id("name"), error?.name)} {...register(`siteVisits.${index}.name`)} />
            </Field>
            <RecordPickerField
              control={control}
              name={`siteVisits.${index}.organisationId`}
              id={id("organisation")}
              label={`Organisation of site ${n}`}
              types={["ORGANISATION"]}
              initial={picked[getValues(`siteVisits.${index}.organisationId`) ?? ""] ?? null}
              onPick={remember}
            />
            <RecordPickerField
              control={control}
              name={`siteVisits.${index}.placeId`}
              id={id("place")}
              label={`Place of site ${n}`}
              types={["PLACE"]}
              initial={picked[getValues(`siteVisits.${index}.placeId`) ?? ""] ?? null}
              onPick={remember}
            />
            <Field id={id("date")} label={`Date of visit ${n}`} hint="Optional" error={error?.occurredOn?.message}>
              <input id={id("date")} {...fieldAria(id("date"), error?.occurredOn)} {...register(`siteVisits.${index}.occurredOn`)} />
            </Field>
            <RemoveButton
              label={`Remove site ${n}`}
              onClick={() => {
                visits.remove(index);
                addButton.current?.focus();
              }}
            />
          </div>
        );
      })}
      <AddRowButton
        buttonRef={addButton}
        onClick={() => visits.append(emptySiteVisit(), { focusName: `siteVisits.${visits.fields.length}.name` })}
      >
        Add a site visit
      </AddRowButton>
    </fieldset>
  );
}

// Gifts given or received, each from and to a place or an organisation.
export function GiftFields() {
  const { control, register, formState, getValues } = useFormContext<DelegationFormValues>();
  const gifts = useFieldArray({ control, name: "gifts", keyName: "key" });
  const { picked, remember } = usePicks();
  const addButton = useRef<HTMLButtonElement>(null);
  const errors = formState.errors.gifts;
  return (
    <fieldset>
      <legend>Gifts</legend>
      {gifts.fields.map((field, index) => {
        const n = index + 1;
        const error = errors?.[index];
        const id = (part: string) => `gifts-${index}-${part}`;
        const party = (side: "fromId" | "toId", label: string) => (
          <RecordPickerField
            control={control}
            name={`gifts.${index}.${side}`}
            id={id(side)}
            label={label}
            types={["PLACE", "ORGANISATION"]}
            initial={picked[getValues(`gifts.${index}.${side}`) ?? ""] ?? null}
            onPick={remember}
          />
        );
        return (
          <div key={field.key} className="card stack-sm" role="group" aria-label={`Gift ${n}`}>
            <Field
              id={id("description")}
              label={`Gift ${n}`}
              hint="What it was, as the source describes it"
              error={error?.description?.message}
            >
              <input
                id={id("description")}
                {...fieldAria(id("description"), error?.description)}
                {...register(`gifts.${index}.description`)}
              />
            </Field>
            <div className="row">
              {party("fromId", `Gift ${n} from`)}
              {party("toId", `Gift ${n} to`)}
              <Field id={id("date")} label={`Date of gift ${n}`} hint="Optional" error={error?.occurredOn?.message}>
                <input id={id("date")} {...fieldAria(id("date"), error?.occurredOn)} {...register(`gifts.${index}.occurredOn`)} />
              </Field>
              <RemoveButton
                label={`Remove gift ${n}`}
                onClick={() => {
                  gifts.remove(index);
                  addButton.current?.focus();
                }}
              />
            </div>
          </div>
        );
      })}
      <AddRowButton
        buttonRef={addButton}
        onClick={() => gifts.append(emptyGift(), { focusName: `gifts.${gifts.fields.length}.description` })}
      >
        Add a gift
      </AddRowButton>
    </fieldset>
  );
}
