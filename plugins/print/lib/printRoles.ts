import type { Role } from '../../../src/lib/roles'

/** Who plans the newspaper's pages; reporters read the plan. Pure, so admin components import it too. */
export const PRINT_PLANNER_ROLES: readonly Role[] = ['editor', 'deskChief', 'manager', 'admin']
export const PRINT_READER_ROLES: readonly Role[] = ['reporter', ...PRINT_PLANNER_ROLES]
