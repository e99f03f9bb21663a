// (d) FAILURE then RESET: a syntax error reaches the caller with Neo4j's status code; the next query
// on the same driver works.
import { parseArguments, openDriver, print, run } from './common.mjs'

await run(async () => {
  const { ports, scheme } = parseArguments()
  const driver = openDriver(scheme, ports[0])
  try {
    const failing = driver.session()
    try {
      await failing.run('RETRUN 1')
      print('failed', false)
    } catch (error) {
      print('failed', true)
      print('code', error.code)
      print('message', error.message)
    } finally {
      await failing.close()
    }

    const session = driver.session()
    try {
      const result = await session.run('RETURN 1 AS n')
      print('n', result.records[0].get('n').toNumber())
    } finally {
      await session.close()
    }
  } finally {
    await driver.close()
  }
})
