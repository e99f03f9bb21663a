// (f) driver.executeQuery: a managed write transaction (BEGIN, RUN, PULL, COMMIT), preceded by TELEMETRY
// when the server's HELLO hints enable it; the driver's bookmark manager keeps the committed bookmark.
import { parseArguments, openDriver, print, run } from './common.mjs'

await run(async () => {
  const { ports, scheme } = parseArguments()
  const driver = openDriver(scheme, ports[0])
  try {
    const { records, keys } = await driver.executeQuery('RETURN $x AS n', { x: 41 })
    print('keys', keys)
    print('n', records[0].get('n').toNumber())
    print('bookmarks', await driver.executeQueryBookmarkManager.getBookmarks())
  } finally {
    await driver.close()
  }
})
