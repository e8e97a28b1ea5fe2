"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { placeMergeSchema, type PlaceMergeInput } from "@/lib/place-schema";
import { countryName } from "@/lib/countries";
import { proposeMerge } from "@/app/admin/places/actions";
import { Field, FormError, fieldAria } from "@/components/ui/field";
import { showActionErrors } from "@/components/ui/show-action-errors";

type Option = { id: string; name: string; country: string };

type Props = { placeId: string; name: string; places: Option[]; changeId?: string; defaultIntoId?: string; defaultReason?: string };

// With `changeId` it revises the author's own merge, which stays a merge.
export function PlaceMergeForm({ placeId, name, places, changeId, defaultIntoId = "", defaultReason = "" }: Props) {
  const { register, handleSubmit, setError, formState } = useForm<PlaceMergeInput>({
    resolver: zodResolver(placeMergeSchema),
    defaultValues: { placeId, intoId: defaultIntoId, reason: defaultReason },
  });
  const { errors, isSubmitting } = formState;
  async function onSubmit(values: PlaceMergeInput) {
    showActionErrors(await proposeMerge(values, changeId), setError);
  }
  return (
    <form className="stack-sm card" onSubmit={handleSubmit(onSubmit)} noValidate aria-label={`Propose merging ${name}`}>
      <FormError message={errors.root?.message} />
      <Field
        id="intoId"
        label="Same place as"
        hint="Its names, ties and citations move there; this one is retired"
        error={errors.intoId?.message}
      >
        <select id="intoId" defaultValue={defaultIntoId} {...fieldAria("intoId", errors.intoId)} {...register("intoId")}>
          <option value="">— choose —</option>
          {places
            .filter((p) => p.id !== placeId)
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({countryName(p.country)})
              </option>
            ))}
        </select>
      </Field>
      <Field id="merge-reason" label="Why they are the same place" error={errors.reason?.message}>
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
