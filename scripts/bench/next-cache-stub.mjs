// `next/cache` outside a Next server: the benchmark times what a cached function does on a
// cache miss, so tagging and cache lifetimes do nothing here.
const nothing = () => {};
export const cacheTag = nothing;
export const cacheLife = nothing;
export const revalidateTag = nothing;
export const revalidatePath = nothing;
export const updateTag = nothing;
export const refresh = nothing;
