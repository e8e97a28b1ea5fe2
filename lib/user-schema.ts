import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { plainText } from "@/lib/text-rules";

export const MIN_PASSWORD_LENGTH = 12;

// Shared by the forms' resolvers and the server actions (app/admin/users/actions.ts).
export const newUserSchema = z.object({
  name: plainText().min(1, "Enter the person's name").max(120, "At most 120 characters"),
  email: z.string().trim().toLowerCase().email("Enter an email address").max(254, "At most 254 characters"),
  role: z.enum(Role, "Choose a role"),
  password: z.string().min(MIN_PASSWORD_LENGTH, `At least ${MIN_PASSWORD_LENGTH} characters`).max(200, "At most 200 characters"),
});

export type NewUserInput = z.infer<typeof newUserSchema>;

export const newAdminSchema = newUserSchema.omit({ role: true });

export const emptyNewUser: NewUserInput = { name: "", email: "", role: "EDITOR", password: "" };

// An admin invites a colleague, who then chooses their own password (lib/invitation.ts).
export const invitationSchema = newUserSchema.omit({ password: true });

export type InvitationInput = z.infer<typeof invitationSchema>;

export const emptyInvitation: InvitationInput = { name: "", email: "", role: "EDITOR" };

export const invitationWithdrawalSchema = z.object({ invitationId: z.string().min(1).max(100) });

export const userRoleSchema = z.object({
  userId: z.string().min(1).max(100),
  role: z.enum(Role, "Choose a role"),
});

export type UserRoleInput = z.infer<typeof userRoleSchema>;

export const userStatusSchema = z.object({
  userId: z.string().min(1).max(100),
  disabled: z.boolean(),
});

export type UserStatusInput = z.infer<typeof userStatusSchema>;

const newPassword = z.string().min(MIN_PASSWORD_LENGTH, `At least ${MIN_PASSWORD_LENGTH} characters`).max(200, "At most 200 characters");

// A signed-in user's own password: the current one proves it is them at the keyboard.
export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password").max(200, "At most 200 characters"),
    newPassword,
    confirmPassword: z.string().max(200, "At most 200 characters"),
  })
  .refine((value) => value.confirmPassword === value.newPassword, {
    path: ["confirmPassword"],
    message: "Type the same new password again",
  })
  .refine((value) => value.newPassword !== value.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password you have not used here",
  });

export type PasswordChangeInput = z.infer<typeof passwordChangeSchema>;

export const emptyPasswordChange: PasswordChangeInput = { currentPassword: "", newPassword: "", confirmPassword: "" };

// The invited colleague's first password; the token from their link says who they are.
export const invitationAcceptanceSchema = z
  .object({
    token: z.string().min(1).max(100),
    newPassword,
    confirmPassword: z.string().max(200, "At most 200 characters"),
  })
  .refine((value) => value.confirmPassword === value.newPassword, {
    path: ["confirmPassword"],
    message: "Type the same password again",
  });

export type InvitationAcceptanceInput = z.infer<typeof invitationAcceptanceSchema>;
