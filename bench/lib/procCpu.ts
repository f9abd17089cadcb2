/**
 * CPU time a process has used (user + system), from /proc/<pid>/stat (Linux only). On a shared
 * machine wall-clock rates depend on what else runs; CPU seconds per unit of work do not.
 */
import { readFileSync } from 'node:fs'

/** USER_HZ: the unit of /proc's tick counts, 100 on every Linux architecture Node runs on. */
const TICKS_PER_SECOND = 100

/** utime + stime in seconds from a /proc/<pid>/stat line. */
export function cpuSecondsFromStat(stat: string): number {
  // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // After comm, field 3 (state) is index 0: utime is field 14, stime field 15.
  const utime = Number(fields[11])
  const stime = Number(fields[12])
  return (utime + stime) / TICKS_PER_SECOND
}

/** NaN when the process is gone. */
export function cpuSeconds(pid: number): number {
  try {
    return cpuSecondsFromStat(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return Number.NaN
  }
}
