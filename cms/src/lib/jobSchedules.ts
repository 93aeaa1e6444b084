import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Config,
  type Endpoint,
  type Payload,
  type PayloadHandler,
  type Plugin,
} from 'payload'

/** Any number, the same in every CMS process on the database (jobClaims.ts uses another). */
const JOB_SCHEDULE_LOCK = 7_407_316

type HandleSchedules = Payload['jobs']['handleSchedules']
type PostgresSessions = {
  sessions: Record<string, { db: unknown }>
  execute: (args: { db?: unknown; raw: string }) => Promise<unknown>
}

/**
 * Makes Payload's schedule handling queue each scheduled task once per cron time, however many
 * CMS processes handle the schedules at the same moment. Payload reads its schedule bookkeeping
 * (the `payload-jobs-stats` global), counts the task's waiting jobs and queues one if there is
 * none, all without a lock: two instances whose crons fire on the same minute (or a cron and a
 * call of /api/payload-jobs/handle-schedules) both count none and both queue, and the hourly
 * calendar import or the enquiry reminders run two or three times
 * (tests/production/two-instances.test.ts).
 *
 * Here every call of `payload.jobs.handleSchedules` waits for the one before it in this process
 * and, on PostgreSQL, runs in a transaction of its own that first takes a transaction-level
 * advisory lock: the next instance reads bookkeeping and waiting jobs only after the first one has
 * committed its job, and so sees it. The lock is held for a few short queries; jobs run outside it.
 * The cron, /api/payload-jobs/run and the CLI call `payload.jobs.handleSchedules`; Payload's
 * /api/payload-jobs/handle-schedules calls the operation directly, so that endpoint is replaced by
 * one that goes the same way. SQLite (one process) and MongoDB get the in-process order only.
 */
export const scheduleOncePlugin =
  (): Plugin =>
  (config: Config): Config => {
    const adapter = config.db
    const jobs = config.jobs ?? {}
    const overrides = jobs.jobsCollectionOverrides
    return {
      ...config,
      db: {
        ...adapter,
        init: (args) => {
          const db = adapter.init(args)
          serialize(args.payload, adapter.name === 'postgres')
          return db
        },
      },
      jobs: {
        ...jobs,
        jobsCollectionOverrides: (args) => {
          const collection = overrides ? overrides(args) : args.defaultJobsCollection
          const endpoints = collection.endpoints || []
          return {
            ...collection,
            endpoints: endpoints.map((e): Endpoint =>
              e.path === '/handle-schedules' ? { ...e, handler: handleSchedulesEndpoint } : e,
            ),
          }
        },
      },
    }
  }

function serialize(payload: Payload, postgres: boolean) {
  const handleSchedules: HandleSchedules = payload.jobs.handleSchedules
  let previous: Promise<unknown> = Promise.resolve()
  payload.jobs.handleSchedules = (options) => {
    const turn = previous.then(() =>
      postgres ? underLock(payload, handleSchedules, options) : handleSchedules(options),
    )
    previous = turn.catch(() => {})
    return turn
  }
}

async function underLock(
  payload: Payload,
  handleSchedules: HandleSchedules,
  options: Parameters<HandleSchedules>[0],
) {
  // A request of its own: this transaction ends here, not with the caller's request (the run
  // endpoint goes on to run jobs with that one).
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const db = payload.db as unknown as PostgresSessions
    await db.execute({
      db: db.sessions[String(await req.transactionID)]!.db,
      raw: `SELECT pg_advisory_xact_lock(${JOB_SCHEDULE_LOCK})`,
    })
    const result = await handleSchedules({ ...options, req })
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** Payload's GET /api/payload-jobs/handle-schedules (same access and answer), through the lock above. */
const handleSchedulesEndpoint: PayloadHandler = async (req) => {
  const access = req.payload.config.jobs.access?.run
  if (!(access ? await access({ req }) : Boolean(req.user))) {
    return Response.json({ message: req.i18n.t('error:unauthorized') }, { status: 401 })
  }
  const { allQueues, queue } = req.query as { allQueues?: string; queue?: string }
  const result = await req.payload.jobs.handleSchedules({
    allQueues: Boolean(allQueues) && allQueues !== 'false',
    queue,
    req,
  })
  return Response.json({ message: req.i18n.t('general:success'), ...result })
}
