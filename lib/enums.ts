// The data model's enums (roles, levels, statuses) for components and pages, which never
// import the generated Prisma client directly.
export * from "@/lib/generated/prisma/enums";
