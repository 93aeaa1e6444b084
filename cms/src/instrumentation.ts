/** Runs once when the Next server starts (Next's instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { stampPeersOfAllServers } = await import('./security/peerStamp')
  stampPeersOfAllServers()
}
