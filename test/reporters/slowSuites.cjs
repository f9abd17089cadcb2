/* global module, setInterval, clearInterval */
/**
 * Names the suites still running once they pass SLOW_SUITE_SECONDS (default 300), and again every
 * interval after, on stderr. A run stopped by test.sh's time limit then says which suite held it up:
 * jest itself prints nothing about a suite until it ends.
 */
class SlowSuitesReporter {
  constructor(globalConfig, options = {}) {
    this.limitMs = Number(process.env.SLOW_SUITE_SECONDS || options.seconds || 300) * 1000
    this.running = new Map()
    this.timer = undefined
  }

  onRunStart() {
    this.timer = setInterval(() => this.report(), Math.min(this.limitMs, 60_000))
    this.timer.unref()
  }

  onTestFileStart(test) {
    this.running.set(test.path, { started: Date.now(), project: test.context.config.displayName?.name })
  }

  onTestFileResult(test) {
    this.running.delete(test.path)
  }

  onRunComplete() {
    clearInterval(this.timer)
  }

  report() {
    const now = Date.now()
    for (const [file, { started, project, reported = 0 }] of this.running) {
      const elapsed = now - started
      if (elapsed < this.limitMs || now - reported < this.limitMs) continue
      this.running.get(file).reported = now
      const name = `${project ? `[${project}] ` : ''}${file.replace(`${process.cwd()}/`, '')}`
      process.stderr.write(`slow-suites: ${name} has been running for ${Math.round(elapsed / 1000)} s\n`)
    }
  }

  getLastError() {
    return undefined
  }
}

module.exports = SlowSuitesReporter
