import { createHmac } from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig, type Plugin, type SanitizedConfig } from 'payload'
import sharp from 'sharp'

import { Agencies } from '../../collections/Agencies'
import { Desks } from '../../collections/Desks'
import { Media } from '../../collections/Media'
import { Places } from '../../collections/Places'
import { Publications } from '../../collections/Publications'
import { Sections } from '../../collections/Sections'
import { Stories } from '../../collections/Stories'
import { Topics } from '../../collections/Topics'
import { Users } from '../../collections/Users'
import { aiPlugin } from '../../plugins/ai'
import { airtimePlugin } from '../../plugins/airtime'
import { audiencePlugin } from '../../plugins/audience'
import { auditPlugin } from '../../plugins/audit'
import { broadcastPlugin } from '../../plugins/broadcast'
import { distributionPlugin } from '../../plugins/distribution'
import { epaperPlugin } from '../../plugins/epaper'
import { jobsPlugin } from '../../plugins/jobs'
import { kpisPlugin } from '../../plugins/kpis'
import { maturityPlugin } from '../../plugins/maturity'
import { mediaPlugin } from '../../plugins/media'
import { planningPlugin } from '../../plugins/planning'
import { printPlugin } from '../../plugins/print'
import { revenuePlugin } from '../../plugins/revenue'
import { strictInputPlugin } from '../../plugins/strict-input'
import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'
import { formatBytes } from '../lib/formatBytes'
import { postgresLocaleParentIndexes, sqliteLocaleParentIndexes } from './localeParentIndexes'
import { isPostgresURL, type Settings } from './settings'
import { serialiseSqliteTransactions } from './sqliteTransactions'

/** A key of its own for signed media links, so it can't be used as the Payload secret or vice versa. */
function mediaSigningSecret(payloadSecret: string): string {
  return createHmac('sha256', payloadSecret).update('media-signed-urls').digest('hex')
}

const SQLITE_BUSY_TIMEOUT_MS = 10_000

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export const BUILT_IN_LOCALES = [
  { code: 'vi', label: 'Tiếng Việt' },
  { code: 'en', label: 'English' },
  { code: 'zh', label: '中文' },
]

function databaseAdapter(settings: Settings) {
  if (isPostgresURL(settings.databaseURL)) {
    return postgresAdapter({
      pool: { connectionString: settings.databaseURL, max: 20 },
      migrationDir: path.join(rootDir, 'src/migrations/postgres'),
      prodMigrations: postgresMigrations,
      afterSchemaInit: [postgresLocaleParentIndexes as never],
    })
  }
  return sqliteAdapter({
    client: { url: settings.databaseURL },
    // Without transactionOptions the SQLite adapter runs without transactions: a refused
    // change would keep its audit entry and a failed seed would leave half a newsroom.
    transactionOptions: {},
    // The web process and the worker write the same file: WAL lets them, and a busy wait
    // replaces "database is locked" errors.
    wal: true,
    busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
    migrationDir: path.join(rootDir, 'src/migrations/sqlite'),
    prodMigrations: sqliteMigrations,
    afterSchemaInit: [sqliteLocaleParentIndexes as never],
  })
}

/** The newsroom's Payload config; tests build it with their own settings (database, dirs). */
export function buildNewsroomConfig(
  settings: Settings,
  extraPlugins: Plugin[] = [],
): Promise<SanitizedConfig> {
  return buildConfig({
    serverURL: settings.serverURL,
    secret: settings.payloadSecret,
    csrf: [settings.serverURL],
    cors: [settings.serverURL],
    admin: {
      user: Users.slug,
      meta: { titleSuffix: ' — Tòa soạn hội tụ' },
      // Gravatar would send staff e-mail hashes abroad and shows a broken image offline.
      avatar: 'default',
      importMap: {
        baseDir: rootDir,
        importMapFile: path.join(rootDir, 'src/app/(payload)/admin/importMap.js'),
      },
      dateFormat: 'dd/MM/yyyy HH:mm',
    },
    i18n: { supportedLanguages: { vi, en }, fallbackLanguage: 'vi' },
    localization: {
      locales: [...BUILT_IN_LOCALES, ...settings.extraLocales],
      defaultLocale: 'vi',
      fallback: true,
    },
    collections: [
      Agencies,
      Publications,
      Desks,
      Users,
      Sections,
      Topics,
      Places,
      Stories({ radioReadRate: settings.radioReadRate }),
      Media({ mediaDir: settings.mediaDir }),
    ],
    plugins: [
      jobsPlugin({
        redisURL: settings.redisURL,
        prefix: settings.queuePrefix,
        attempts: settings.queueAttempts,
        backoffMs: settings.queueBackoffMs,
        lockDurationMs: settings.queueLockMs,
        outboxPollMs: settings.outboxPollMs,
        concurrency: {
          media: settings.mediaConcurrency,
          ai: settings.ai.concurrency,
          distribution: settings.distribution.concurrency,
        },
      }),
      mediaPlugin({
        mediaDir: settings.mediaDir,
        serverURL: settings.serverURL,
        s3: settings.s3,
        signingSecret: mediaSigningSecret(settings.payloadSecret),
        signedURLSeconds: settings.signedURLSeconds,
        maxPixels: settings.maxImagePixels,
        ffmpegThreads: settings.ffmpegThreads,
      }),
      aiPlugin({ settings: settings.ai, readRate: settings.radioReadRate }),
      distributionPlugin({
        ...settings.distribution,
        secret: settings.distribution.secret ?? settings.payloadSecret,
        serverURL: settings.serverURL,
        locales: [...BUILT_IN_LOCALES.map((l) => l.code), ...settings.extraLocales.map((l) => l.code)],
      }),
      planningPlugin({}),
      printPlugin({ serverURL: settings.serverURL }),
      epaperPlugin({ access: settings.planning.epaperAccess, serverURL: settings.serverURL }),
      broadcastPlugin({ mosID: settings.planning.mosID, readRate: settings.radioReadRate }),
      airtimePlugin(settings.planning.airtime),
      revenuePlugin({
        baselineYear: settings.figures.baselineYear,
        maxImportBytes: settings.figures.maxImportBytes,
      }),
      audiencePlugin({
        beaconRatePerMinute: settings.figures.beaconRatePerMinute,
        beaconFlushSeconds: settings.figures.beaconFlushSeconds,
        maxImportBytes: settings.figures.maxImportBytes,
        secret: createHmac('sha256', settings.payloadSecret).update('audience-visitors').digest('hex'),
      }),
      // After revenue, audience, airtime and ai: the KPIs read their records.
      kpisPlugin({
        baselineYear: settings.figures.baselineYear,
        ai: settings.ai,
        airtime: settings.planning.airtime,
        locales: [...BUILT_IN_LOCALES.map((l) => l.code), ...settings.extraLocales.map((l) => l.code)],
      }),
      maturityPlugin({
        evidenceDir: path.join(settings.dataDir, 'evidence'),
        maxEvidenceBytes: settings.maxUploadBytes,
      }),
      // After the capability plugins, so the collections they add are audited too.
      auditPlugin({
        excludeCollections: ['job-outbox', 'ai-calls', 'deliveries'],
        redactFields: ['credentials', 'credentialsSealed'],
      }),
      ...extraPlugins,
      strictInputPlugin(),
    ],
    editor: lexicalEditor(),
    db: databaseAdapter(settings),
    sharp,
    // Uploads stream to temporary files (a 2 GB video never sits in memory) and are refused with
    // 413 once over the limit, mid-stream.
    upload: {
      useTempFiles: true,
      tempFileDir: settings.uploadTempDir,
      limits: { fileSize: settings.maxUploadBytes, files: 1 },
      requestSizeLimit: settings.maxUploadBytes + 1024 * 1024,
      responseOnLimit: `Tệp vượt giới hạn ${formatBytes(settings.maxUploadBytes)} (MAX_UPLOAD_BYTES).`,
      uploadTimeout: 120_000,
    },
    typescript: { outputFile: path.join(rootDir, 'src/payload-types.ts') },
    graphQL: { schemaOutputFile: path.join(rootDir, 'src/generated-schema.graphql') },
    telemetry: false,
    onInit: async (payload) => {
      if (!isPostgresURL(settings.databaseURL)) serialiseSqliteTransactions(payload, SQLITE_BUSY_TIMEOUT_MS)
    },
  })
}
