import type { Payload } from 'payload'

import { PUBLISH_QUEUE } from './settings'

/** How often the pump looks for due deliveries it was not told about (restart, other process). */
const SAFETY_INTERVAL_MS = 5000

/**
 * Runs the publish queue when its next job is due, to the millisecond, instead of waiting for a
 * once-a-minute cron. The jobs themselves live in the database, so a restart loses nothing: the pump
 * looks for due jobs when it starts and every few seconds after that.
 */
export class DeliveryPump {
  private timer: NodeJS.Timeout | undefined
  private dueAt = Number.POSITIVE_INFINITY
  private interval: NodeJS.Timeout | undefined
  private running: Promise<void> | undefined
  private again = false
  private stopped = false

  constructor(private readonly payload: Payload) {}

  start() {
    this.interval = setInterval(() => void this.kick(), SAFETY_INTERVAL_MS)
    this.interval.unref()
    void this.kick()
  }

  stop() {
    this.stopped = true
    clearInterval(this.interval)
    clearTimeout(this.timer)
  }

  /** Keeps the earliest wake-up; a later job is found again after the earlier run. */
  schedule(at: Date) {
    if (this.stopped) return
    const due = Math.max(at.getTime(), Date.now())
    if (this.timer && this.dueAt <= due) return
    clearTimeout(this.timer)
    this.dueAt = due
    // A little slack so the saving transaction has committed and waitUntil is in the past.
    this.timer = setTimeout(
      () => {
        this.timer = undefined
        this.dueAt = Number.POSITIVE_INFINITY
        void this.kick()
      },
      due - Date.now() + 50,
    )
    this.timer.unref()
  }

  /** Resolves when the current run (if any) is over; tests and the benchmark wait on it. */
  async idle() {
    while (this.running) await this.running
  }

  kick(): Promise<void> {
    if (this.stopped) return Promise.resolve()
    if (this.running) {
      this.again = true
      return this.running
    }
    this.running = this.runOnce().finally(() => {
      this.running = undefined
      if (this.again && !this.stopped) {
        this.again = false
        void this.kick()
      }
    })
    return this.running
  }

  private async runOnce() {
    try {
      await this.payload.jobs.run({ queue: PUBLISH_QUEUE, limit: 10, silent: { info: true } })
      const next = await this.payload.find({
        collection: 'payload-jobs',
        where: {
          and: [
            { queue: { equals: PUBLISH_QUEUE } },
            { completedAt: { exists: false } },
            { hasError: { not_equals: true } },
            { processing: { equals: false } },
          ],
        },
        sort: 'waitUntil',
        limit: 1,
        depth: 0,
        overrideAccess: true,
        pagination: false,
      })
      const job = next.docs[0] as { waitUntil?: string | null } | undefined
      if (job) this.schedule(job.waitUntil ? new Date(job.waitUntil) : new Date())
    } catch (error) {
      if (!this.stopped)
        this.payload.logger.error(
          { err: error },
          'Veröffentlichung: Warteschlange konnte nicht abgearbeitet werden',
        )
    }
  }
}

const pumps = new WeakMap<Payload, DeliveryPump>()

export function pumpFor(payload: Payload): DeliveryPump | undefined {
  return pumps.get(payload)
}

export function startPump(payload: Payload): DeliveryPump {
  const existing = pumps.get(payload)
  if (existing) return existing
  const pump = new DeliveryPump(payload)
  pumps.set(payload, pump)
  // Stop the timers before the database closes (tests, scripts), or they would log errors.
  const destroy = payload.destroy?.bind(payload)
  if (destroy) {
    payload.destroy = async () => {
      pump.stop()
      await pump.idle()
      return destroy()
    }
  }
  pump.start()
  return pump
}
