import type { Role } from '../../../src/lib/roles'

/** Who may see the AI-share report (the endpoints answer 403 to anyone else). */
export const AI_SHARE_ROLES: readonly Role[] = ['admin', 'manager', 'deskChief']

/** The province's target for stories made with AI help, drawn on the report for reference. */
export const PROVINCE_TARGET = { min: 0.3, max: 0.5 } as const
