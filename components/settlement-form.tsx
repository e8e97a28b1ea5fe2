"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { settlementSchema, type SettlementInput } from "@/lib/dispute-schema";
import { formatClaimValue } from "@/lib/claim-values";
import { proposeSettlementAction } from "@/app/admin/disputes/actions";
import { Field, FormError, fieldAria } from "@/components/ui/field";
import { showActionErrors } from "@/components/ui/show-action-errors";

type Props = {
  claim: Pick<SettlementInput, "recordType" | "recordId" | "field">;
  values: string[];
  changeId?: string;
  defaultValues?: Pick<SettlementInput, "preferredValue" | "reason">;
};

// With `changeId` it revises the reviewer's own settlement, starting from `defaultValues`.
export function SettlementForm({ claim, values, changeId, defaultValues = { preferredValue: "", reason: "" } }: Props) {
  const { register, handleSubmit, setError, formState } = useForm<SettlementInput>({
    resolver: zodResolver(settlementSchema),
    defaultValues: { ...claim, preferredValue: defaultValues.preferredValue, reason: defaultValues.reason },
  });
  const { errors, isSubmitting } = formState;
  async function onSubmit(values: SettlementInput) {
    showActionErrors(await proposeSettlementAction(values, changeId), setError);
  }
  return (
    <form className="stack card" onSubmit={handleSubmit(onSubmit)} noValidate aria-label="Settle the dispute">
      <FormError message={errors.root?.message} />
      <fieldset>
        <legend>Preferred value</legend>
        {values.map((value) => (
          <label key={value} style={{ display: "block" }}>
            <input
              type="radio"
              value={value}
              defaultChecked={value === defaultValues.preferredValue}
              style={{ width: "auto" }}
              {...register("preferredValue")}
            />{" "}
            {formatClaimValue(value, claim)}
          </label>
        ))}
        {errors.preferredValue?.message && (
          <p className="field-error" role="alert">
            {errors.preferredValue.message}
          </p>
        )}
      </fieldset>
      <Field id="reason" label="Reason" hint="Shown publicly next to the value not preferred" error={errors.reason?.message}>
        <textarea id="reason" rows={2} {...fieldAria("reason", errors.reason)} {...register("reason")} />
      </Field>
      <div>
        <button type="submit" disabled={isSubmitting}>
          Propose settlement
        </button>
      </div>
    </form>
  );
}
