/**
 * Benchmark dispatcher. `npm run bench` runs every section; `npm run bench -- core media`
 * only those. Prints figures (see lib/report.ts), not a test: exit 0 when every section ran,
 * 1 when any part failed (after the rest still ran), 2 on bad arguments.
 *
 * Adding a section: one line below. Sections load lazily, so running one does not import the
 * others' dependencies.
 */
import { runExitHooks } from './lib/cleanup'
import { header, type Section } from './lib/report'

const SECTIONS: Record<string, () => Promise<{ default: Section }>> = {
  core: () => import('./core'),
  media: () => import('./media'),
  ai: () => import('./ai'),
  distribution: () => import('./distribution'),
  planning: () => import('./planning'),
  figures: () => import('./figures'),
}

async function main(): Promise<number> {
  const requested = process.argv.slice(2).filter((arg) => arg !== '--')
  const unknown = requested.filter((name) => !(name in SECTIONS))
  if (unknown.length) {
    console.error(
      `Unknown bench section(s): ${unknown.join(', ')}. Available: ${Object.keys(SECTIONS).join(', ')}`,
    )
    return 2
  }
  const names = requested.length ? requested : Object.keys(SECTIONS)
  let failed = false
  for (const name of names) {
    const started = performance.now()
    try {
      const { default: section } = await (SECTIONS[name] as () => Promise<{ default: Section }>)()
      header(`${name}: ${section.title}`)
      if (!(await section.run())) failed = true
    } catch (error) {
      failed = true
      console.log(`# ${name} FAILED: ${(error as Error).stack ?? error}`)
    }
    console.log(`# ${name} took ${((performance.now() - started) / 1000).toFixed(0)} s`)
  }
  if (failed) console.log('# bench: some figures are missing (see FAILED above)')
  return failed ? 1 : 0
}

main()
  .then(async (code) => {
    await runExitHooks()
    // Explicit exit: a stray handle (a DB pool, a keep-alive socket) must not keep the run alive.
    process.exit(code)
  })
  .catch(async (error) => {
    console.error(error)
    await runExitHooks()
    process.exit(1)
  })
