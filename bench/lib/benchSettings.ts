import { loadSettings, type Settings } from '../../src/config/settings'

/**
 * The Payload secret every bench process of one database shares (serverProcess.ts uses the same
 * one): tokens issued by a server child and credentials sealed in the bench process must open in
 * the others.
 */
export const BENCH_SECRET = 'bench-secret-bench-secret-bench-secret-0042'

export type BenchEnv = Record<string, string>

/** The settings environment of a bench Payload on `databaseURL`, plus section-specific variables. */
export function benchEnv(databaseURL: string, dataDir: string, extra: BenchEnv = {}): BenchEnv {
  return {
    DATABASE_URL: databaseURL,
    DATA_DIR: dataDir,
    PAYLOAD_SECRET: BENCH_SECRET,
    SCHEDULER_INTERVAL_SECONDS: '0',
    ...extra,
  }
}

export const benchSettings = (env: BenchEnv): Settings => loadSettings(env, env.DATA_DIR)
