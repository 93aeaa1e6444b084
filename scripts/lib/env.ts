// Settings every script that opens the CMS in-process shares: no Next dev-server websocket, and the
// jobs cron only where a long-running CMS wants it.
process.env.DISABLE_PAYLOAD_HMR ??= 'true'
process.env.PAYLOAD_JOBS_AUTORUN ??= 'false'
export {}
