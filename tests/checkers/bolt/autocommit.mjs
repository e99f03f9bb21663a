// (b) An auto-commit query: session.run("RETURN 1 AS n") gives n = 1.
import { parseArguments, openDriver, print, run } from './common.mjs'

await run(async () => {
  const { ports, scheme } = parseArguments()
  const driver = openDriver(scheme, ports[0])
  try {
    const session = driver.session()
    try {
      const result = await session.run('RETURN 1 AS n')
      print('records', result.records.length)
      print('keys', result.records[0].keys)
      print('n', result.records[0].get('n').toNumber())
      print('bookmarks', session.lastBookmarks())
    } finally {
      await session.close()
    }
  } finally {
    await driver.close()
  }
})
