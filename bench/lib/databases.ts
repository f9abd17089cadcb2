import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { onExit } from './cleanup'

export type DatabaseKind = 'sqlite' | 'postgres'

export type BenchDatabase = {
  kind: DatabaseKind
  url: string
  /** Scratch folder for the servers' data dir (secret file, media dir) and the SQLite file. */
  dataDir: string
  /** Where it lives, for the section header (never a password). */
  label: string
  drop: () => Promise<void>
}

export function adminPostgresURL(): string {
  return (
    process.env.BENCH_POSTGRES_URL ||
    process.env.TEST_POSTGRES_URL ||
    'postgres://postgres@127.0.0.1:5432/postgres'
  )
}

function redacted(url: URL): string {
  const copy = new URL(url)
  if (copy.password) copy.password = '***'
  return copy.toString()
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminPostgresURL(), connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/**
 * A fresh, empty database per run (never the admin database itself: Payload's dev-mode schema
 * push would fill it with tables). SQLite: a file in a scratch folder. PostgreSQL: a new
 * database on the admin URL's server, dropped afterwards, also on Ctrl-C.
 */
export async function createBenchDatabase(kind: DatabaseKind): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `newsroom-bench-${kind}-`))
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true })
  if (kind === 'sqlite') {
    const file = path.join(dataDir, 'bench.db')
    const removeHook = onExit(removeDir)
    return {
      kind,
      url: `file:${file}`,
      dataDir,
      label: file,
      drop: async () => {
        removeHook()
        removeDir()
      },
    }
  }

  const name = `newsroom_bench_${process.pid}_${Date.now().toString(36)}`
  try {
    await adminQuery(`CREATE DATABASE "${name}"`)
  } catch (error) {
    removeDir()
    throw new Error(
      `PostgreSQL is not reachable or refused CREATE DATABASE at ${redacted(new URL(adminPostgresURL()))}: ` +
        `${(error as Error).message}. Start it, or point BENCH_POSTGRES_URL at an admin URL.`,
    )
  }
  const url = new URL(adminPostgresURL())
  url.pathname = `/${name}`
  const dropDatabase = async () => {
    await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    removeDir()
  }
  const removeHook = onExit(dropDatabase)
  return {
    kind,
    url: url.toString(),
    dataDir,
    label: redacted(url),
    drop: async () => {
      removeHook()
      await dropDatabase()
    },
  }
}
