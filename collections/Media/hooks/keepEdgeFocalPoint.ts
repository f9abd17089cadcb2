import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Payload only honours an incoming focal point when both coordinates are truthy, so a focal
 * point on the left or top edge (0 %) silently falls back to the centre. 0.4 rounds back to 0
 * in Payload's own rounding, so the edge is kept without changing any other value.
 */
export const keepEdgeFocalPoint: CollectionBeforeOperationHook = ({ args, operation }) => {
  if ((operation !== 'create' && operation !== 'update') || !args.data) return args
  const data = args.data as Record<string, unknown>
  for (const key of ['focalX', 'focalY']) {
    if (data[key] === 0 || data[key] === '0') data[key] = 0.4
  }
  return args
}
