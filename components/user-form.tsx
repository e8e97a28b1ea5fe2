"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { emptyNewUser, newUserSchema, MIN_PASSWORD_LENGTH, type NewUserInput } from "@/lib/user-schema";
import { ROLE_LABELS } from "@/lib/permissions";
import { addUser } from "@/app/admin/users/actions";
import { Field, FormError, fieldAria } from "@/components/ui/field";
import { showActionErrors } from "@/components/ui/show-action-errors";
import { LabelOptions } from "@/components/label-options";

export function UserForm() {
  const { register, handleSubmit, setError, formState } = useForm<NewUserInput>({
    resolver: zodResolver(newUserSchema),
    defaultValues: emptyNewUser,
  });
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: NewUserInput) {
    const result = await addUser(values);
    showActionErrors(result, setError);
  }

  return (
    <form className="stack card" onSubmit={handleSubmit(onSubmit)} noValidate aria-label="New user">
      <FormError message={errors.root?.message} />
      <div className="row">
        <Field id="name" label="Name" error={errors.name?.message}>
          <input id="name" autoComplete="off" {...fieldAria("name", errors.name)} {...register("name")} />
        </Field>
        <Field id="email" label="Email" error={errors.email?.message}>
          <input id="email" type="email" autoComplete="off" {...fieldAria("email", errors.email)} {...register("email")} />
        </Field>
      </div>
      <div className="row">
        <Field id="role" label="Role" error={errors.role?.message}>
          <select id="role" {...fieldAria("role", errors.role)} {...register("role")}>
            <LabelOptions labels={ROLE_LABELS} />
          </select>
        </Field>
        <Field
          id="password"
          label="Initial password"
          hint={`At least ${MIN_PASSWORD_LENGTH} characters; share it with them privately`}
          error={errors.password?.message}
        >
          <input
            id="password"
            type="password"
            autoComplete="new-password"
            {...fieldAria("password", errors.password)}
            {...register("password")}
          />
        </Field>
      </div>
      <div>
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Creating…" : "Create user"}
        </button>
      </div>
    </form>
  );
}
