import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { calendarsPlugin } from './calendars/plugin'
import { AccountRequests } from './collections/AccountRequests'
import { Associations } from './collections/Associations'
import { Districts } from './collections/Districts'
import { Events } from './collections/Events'
import { Media } from './collections/Media'
import { NetworkMemberships } from './collections/NetworkMemberships'
import { News } from './collections/News'
import { Opportunities } from './collections/Opportunities'
import { Pages } from './collections/Pages'
import { SignVideos } from './collections/SignVideos'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { staffRequest } from './access/roles'
import { emailAdapter } from './email/adapter'
import { enquiriesPlugin } from './enquiries/plugin'
import { subscriptionsPlugin } from './subscriptions/plugin'
import { handoverPlugin } from './handover/plugin'
import { networkEndpoints } from './endpoints/networkFeed'
import { Settings } from './globals/Settings'
import { databaseAdapter } from './lib/adapter'
import { scheduleOncePlugin } from './lib/jobSchedules'
import { uploadStorage } from './lib/storage'
import { largestUploadBytes } from './hooks/checkUpload'
import { staleSavePlugin } from './hooks/staleSave'
import { resolveSecret } from './lib/secret'
import { formalGerman } from './i18n/de'
import { withFormalGerman } from './i18n/lexical'
import { graphQLSettings } from './security/graphql'
import { securityPlugin } from './security/plugin'
import { contentChangesPlugin } from './api/changes'
import { publishPipeline } from './publish'
import { contentLocales, defaultLocale, timeZone } from './locales'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: process.env.PAYLOAD_PUBLIC_SERVER_URL || undefined,
  secret: resolveSecret(),
  db: databaseAdapter(),
  editor: withFormalGerman(lexicalEditor()),
  email: emailAdapter(),
  sharp,
  admin: {
    user: Users.slug,
    // Gravatar would send editors' e-mail hashes to a third party (DSGVO); use the built-in icon.
    avatar: 'default',
    components: {
      beforeDashboard: ['/admin/Dashboard#Dashboard', '/enquiries/OpenEnquiries#OpenEnquiries'],
      graphics: { Logo: '/admin/graphics/Logo#Logo', Icon: '/admin/graphics/Icon#Icon' },
    },
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js') },
    meta: { titleSuffix: ' – Unser Neubrandenburg' },
    dateFormat: 'dd.MM.yyyy HH:mm',
    timezones: { supportedTimezones: [{ label: 'Berlin', value: timeZone }], defaultTimezone: timeZone },
  },
  i18n: { supportedLanguages: { de, en }, fallbackLanguage: 'de', translations: { de: formalGerman } },
  localization: {
    // Every other language falls back to German, field by field, where it has no translation.
    locales: contentLocales.map(({ code, label, dir }) => ({
      code,
      label,
      rtl: dir === 'rtl',
      ...(code === defaultLocale ? {} : { fallbackLocale: defaultLocale }),
    })),
    defaultLocale,
    fallback: true,
  },
  collections: [
    Associations,
    Events,
    Opportunities,
    News,
    Pages,
    Topics,
    Districts,
    Media,
    SignVideos,
    Users,
    AccountRequests,
    NetworkMemberships,
  ],
  endpoints: [...networkEndpoints],
  globals: [Settings],
  plugins: [
    publishPipeline(),
    calendarsPlugin(),
    enquiriesPlugin(),
    subscriptionsPlugin(),
    handoverPlugin(),
    staleSavePlugin(),
    securityPlugin(),
    contentChangesPlugin(),
    uploadStorage(),
    scheduleOncePlugin(),
  ],
  // Per collection, the guard (body size by path) and the upload hooks hold the smaller limits.
  upload: { limits: { fileSize: largestUploadBytes + 1 } },
  jobs: {
    // Runs scheduled publishing and the hourly calendar import inside the long-running CMS process.
    // Scripts and tests that only open the database set PAYLOAD_JOBS_AUTORUN=false: then no cron is
    // registered at all, because Payload's cron writes schedule bookkeeping before it even asks
    // shouldAutoRun, and on SQLite that write collides with the process's own transactions.
    autoRun:
      process.env.PAYLOAD_JOBS_AUTORUN === 'false'
        ? []
        : [{ cron: '* * * * *', queue: 'default', limit: 20 }],
    shouldAutoRun: () => process.env.PAYLOAD_JOBS_AUTORUN !== 'false',
    // Payload lets every logged-in account trigger /api/payload-jobs/run; club accounts must not.
    access: { run: staffRequest, queue: staffRequest, cancel: staffRequest },
    tasks: [],
  },
  // Outside production Payload starts `payload generate:types` in a child process at every start:
  // 12-15 s of CPU each time, once per test file that opens the CMS (76 of them), all writing this
  // one file at once, and beside every seed and benchmark. `npm run generate:types` writes it;
  // tests/structure/payload-types.test.ts fails when it is not what the config generates.
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  graphQL: graphQLSettings,
})
