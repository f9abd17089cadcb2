import type { CollectionBeforeValidateHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { planDayOf, storedPlanDate } from '../lib/days'
import { PLANNING_TIME_ZONE } from '../types'

/**
 * A plan's date is a day: `2026-03-10`, or a timestamp read as its day in Vietnam. Stored at
 * 12:00 UTC (see lib/days) so the calendar's day ranges are exact whatever the client sent.
 */
export const normalizePlanDate: CollectionBeforeValidateHook = ({ data }) => {
  if (!data || data.date === undefined || data.date === null) return data
  const day = planDayOf(data.date, PLANNING_TIME_ZONE)
  if (!day)
    throw httpError(
      400,
      `"Ngày" phải là một ngày có thật dạng YYYY-MM-DD, ví dụ 2026-03-10 (nhận được ${JSON.stringify(data.date)}).`,
    )
  data.date = storedPlanDate(day)
  return data
}
