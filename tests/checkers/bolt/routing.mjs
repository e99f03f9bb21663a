// (e) Routing: neo4j://ROUTER asks the router double for a routing table (ROUTE), then sends writes to
// the writer double and reads to the reader double. Each double answers with its own name.
import { parseArguments, openDriver, print, run, neo4j } from './common.mjs'

await run(async () => {
  const { ports, scheme } = parseArguments('neo4j')
  const driver = openDriver(scheme, ports[0])
  try {
    for (const [mode, accessMode] of [['write', neo4j.session.WRITE], ['read', neo4j.session.READ]]) {
      const session = driver.session({ defaultAccessMode: accessMode })
      try {
        const result = await session.run('RETURN $mode AS answer', { mode })
        print(`${mode}_server`, result.summary.server.address)
        print(`${mode}_answer`, result.records[0].get('answer'))
      } finally {
        await session.close()
      }
    }
  } finally {
    await driver.close()
  }
})
