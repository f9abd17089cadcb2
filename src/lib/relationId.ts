/**
 * A relationship field's value is an id, or the related document when it was populated; these
 * give the id either way (undefined / skipped for an empty value).
 */
export type RelationId = number | string

export function relationId(value: unknown): RelationId | undefined {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return typeof id === 'number' || typeof id === 'string' ? id : undefined
}

/** The ids of a has-many relationship, populated or not. */
export function relationIds(value: unknown): RelationId[] {
  if (!Array.isArray(value)) return []
  return value.map(relationId).filter((id): id is RelationId => id !== undefined)
}
