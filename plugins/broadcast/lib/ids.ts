import { randomBytes } from 'node:crypto'

import { relationId } from '../../../src/lib/relationId'

/**
 * A stored document's id, if the value is one (a positive integer, or its digits). Hooks run before
 * field validation, so a query with anything else would reach the database as an SQL error.
 */
export function storedId(value: unknown): number | undefined {
  const id = relationId(value)
  const text = typeof id === 'number' ? String(id) : id
  return text !== undefined && /^[1-9]\d{0,11}$/.test(text) ? Number(text) : undefined
}

/** A rundown item's id: short, opaque, and never reused (MOS allows 128 characters). */
export const newItemID = () => `I${randomBytes(6).toString('hex')}`

/** `<mosID>.ro.<yyyymmdd>.<random>`: stable for the rundown's life, unique across the newsroom. */
export function newRoID(mosID: string, date: unknown): string {
  const day =
    typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date.replace(/-/g, '') : 'undated'
  const tail = `.ro.${day}.${randomBytes(4).toString('hex')}`
  return `${mosID.slice(0, 128 - tail.length)}${tail}`
}

/** The MOS object id of a story at a revision. */
export const storyObjID = (id: number | string, revision: unknown) => `story.${id}.${Number(revision) || 0}`
