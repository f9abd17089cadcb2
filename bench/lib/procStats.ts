/**
 * Memory of a process and its children, read from /proc (Linux only): VmRSS is the resident
 * set now, VmHWM its peak so far (the kernel's own high-water mark, so nothing between two
 * samples is missed).
 */
import { readdirSync, readFileSync } from 'node:fs'

export type ProcMemory = { pid: number; name: string; rssKb: number; hwmKb: number }

/** undefined when the process is gone (or is a zombie, which has no VmRSS line). */
export function procMemory(pid: number): ProcMemory | undefined {
  let text: string
  try {
    text = readFileSync(`/proc/${pid}/status`, 'utf8')
  } catch {
    return undefined
  }
  const field = (name: string) => {
    const match = new RegExp(`^${name}:\\s+(\\S+)`, 'm').exec(text)
    return match?.[1]
  }
  const rss = field('VmRSS')
  if (rss === undefined) return undefined
  return { pid, name: field('Name') ?? '?', rssKb: Number(rss), hwmKb: Number(field('VmHWM') ?? rss) }
}

/** Direct children of `pid` (scans /proc: this kernel may lack /proc/<pid>/task/<tid>/children). */
export function childPids(pid: number): number[] {
  const found: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    let stat: string
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
    } catch {
      continue
    }
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    if (ppid === pid) found.push(Number(entry))
  }
  return found
}

export const mb = (kb: number) => kb / 1024
