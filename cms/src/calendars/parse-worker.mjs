// The worker thread behind ./parseInWorker.ts: parses feeds with ./parseFeed.ts and posts each
// result back. Plain JavaScript, so Node loads this file as it is, also when the CMS runs from
// Next's bundle; tsx (a dependency) loads the TypeScript sources behind it.
import { parentPort } from 'node:worker_threads'

import { register } from 'tsx/esm/api'

register()
const { parseFeed } = await import('./parseFeed.ts')
const { FeedError } = await import('./fetchFeed.ts')
const { feedLimits } = await import('./settings.ts')

parentPort.on('message', ({ id, text, now, limits }) => {
  // The limits as the CMS process has them (a test or an operator may have changed them).
  Object.assign(feedLimits, limits)
  try {
    parentPort.postMessage({ id, ok: true, feed: parseFeed(text, new Date(now)) })
  } catch (error) {
    parentPort.postMessage({
      id,
      ok: false,
      feedError: error instanceof FeedError,
      message: error instanceof Error ? error.message : String(error),
    })
  }
})
parentPort.postMessage({ ready: true })
