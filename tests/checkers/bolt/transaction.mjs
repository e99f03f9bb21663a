// (c) An explicit transaction with bookmarks: BEGIN, RUN, PULL, COMMIT; the session's last bookmarks are
// the one COMMIT returned; a second session given them sends them in its BEGIN.
import { parseArguments, openDriver, print, run, neo4j } from './common.mjs'

await run(async () => {
  const { ports, scheme } = parseArguments()
  const driver = openDriver(scheme, ports[0])
  try {
    const first = driver.session({ defaultAccessMode: neo4j.session.WRITE })
    let bookmarks
    try {
      const tx = await first.beginTransaction()
      const result = await tx.run('CREATE (t:Thing {name: $name}) RETURN t.name AS name', { name: 'first' })
      print('name', result.records[0].get('name'))
      await tx.commit()
      bookmarks = first.lastBookmarks()
      print('bookmarks', bookmarks)
    } finally {
      await first.close()
    }

    const second = driver.session({ defaultAccessMode: neo4j.session.READ, bookmarks })
    try {
      const tx = await second.beginTransaction()
      const result = await tx.run('MATCH (t:Thing) RETURN count(t) AS things')
      print('things', result.records[0].get('things').toNumber())
      await tx.commit()
      print('second_bookmarks', second.lastBookmarks())
    } finally {
      await second.close()
    }
  } finally {
    await driver.close()
  }
})
