// The HumHub stand-in on its own, to try the importer by hand (README, "Moving from HumHub"):
//   npx tsx tests/humhub/serve.ts [--port 4590]
// serves the tests' German fixture (seven spaces, one private, a series, posts, a logo, a banner)
// until Ctrl+C and prints the address and token for `npm run import:humhub`.
import { parseArgs } from 'node:util'

import { oldSite } from './fixture'
import { startHumHubStandIn, TOKEN } from './humhub-server'

const { values } = parseArgs({ options: { port: { type: 'string', default: '4590' } } })
const humhub = await startHumHubStandIn(oldSite, { port: Number(values.port) })
console.log(`HumHub-Attrappe: ${humhub.url}  (Token: ${TOKEN})`)
console.log(
  `npm run import:humhub -- --url ${humhub.url} --token ${TOKEN} --news-space 6 --topics scripts/humhub/topics.example.json --dry-run`,
)
const stop = () => void humhub.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
