import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter your email address"),
  password: z.string().min(1, "Enter your password"),
});

export type SignInInput = z.infer<typeof signInSchema>;

// next-auth passes these codes back to the sign-in form as `error`.
export const SIGN_IN_ERRORS = {
  CredentialsSignin: "Wrong email or password.",
  AccountDisabled: "This account has been disabled. Ask an admin to re-enable it.",
} as const;

// A lockout, as the sign-in form and the password-change form both say it.
export function lockoutMessage(retryAfterSeconds: number) {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}
