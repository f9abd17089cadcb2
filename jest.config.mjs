/**
 * Jest in native ESM mode (Payload 3 is ESM-only). Three kinds of suites:
 * unit (pure helpers beside their code), integration (booting Payload, once per database in
 * TEST_DATABASES) and ui (headless Chromium against the built admin).
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'es6' },
  },
]

const base = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  testEnvironment: 'node',
}

const databases = (process.env.TEST_DATABASES || 'sqlite,postgres')
  .split(',')
  .map((db) => db.trim())
  .filter(Boolean)

const integration = databases.map((db) => ({
  ...base,
  displayName: db,
  testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
  globals: { TEST_DB: db },
}))

export default {
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: ['<rootDir>/{src,collections,plugins,bench}/**/*.test.ts'],
    },
    ...integration,
    ...(process.env.SKIP_UI_TESTS === '1'
      ? []
      : [
          {
            ...base,
            displayName: 'ui',
            testMatch: ['<rootDir>/test/ui/**/*.test.ts'],
            globals: { TEST_DB: 'sqlite' },
          },
        ]),
  ],
  testTimeout: 60_000,
  // Each suite that boots Payload leaves a few hundred MB behind that no GC gets back. Run suites in
  // a worker process (even with one worker, on a 2-core machine) and start a fresh one once the
  // heap a suite leaves passes this, instead of one process growing for the whole run.
  workerIdleMemoryLimit: '1GB',
  reporters: ['default', '<rootDir>/test/reporters/slowSuites.cjs'],
}
