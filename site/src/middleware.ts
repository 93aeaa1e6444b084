// Tells the dependency tracking (lib/deps.ts) which page Astro renders now: every content read
// until the next page begins belongs to this one.
import { defineMiddleware } from 'astro:middleware'

import { beginPage } from './lib/deps'

export const onRequest = defineMiddleware((context, next) => {
  beginPage(context.routePattern, context.params)
  return next()
})
