import type { CollectionConfig } from 'payload'

type Hooks = NonNullable<CollectionConfig['hooks']>

/** A collection with more hooks run after its own (plugins add to hooks, never replace them). */
export function withHooks(collection: CollectionConfig, hooks: Hooks): CollectionConfig {
  const merged: Record<string, unknown[]> = { ...(collection.hooks as Record<string, unknown[]> | undefined) }
  for (const [name, list] of Object.entries(hooks))
    merged[name] = [...(merged[name] ?? []), ...(list as unknown[])]
  return { ...collection, hooks: merged as Hooks }
}
