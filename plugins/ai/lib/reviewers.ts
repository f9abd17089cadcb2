import type { Role } from '../../../src/lib/roles'

/** Who may approve a story's AI content (and so accept AI text into a story already public). */
export const AI_REVIEWER_ROLES: readonly Role[] = ['editor', 'deskChief', 'manager', 'admin']
