// Shared by the Bolt scenarios: each runs the official Neo4j JavaScript driver against the scripted
// Bolt double of tests/Graph.BoltServer, prints what it observed as KEY=VALUE lines, and exits 0,
// or 1 with "error: CODE MESSAGE" on standard error (3 when it takes too long).
//
//   node bolt/SCENARIO.mjs PORT [PORT...] [--scheme=bolt+ssc]
import neo4j from 'neo4j-driver'

export { neo4j }

/** The ports given on the command line, and the URI scheme (bolt unless --scheme=...). */
export function parseArguments (defaultScheme = 'bolt') {
  const ports = []
  let scheme = defaultScheme
  for (const argument of process.argv.slice(2)) {
    if (argument.startsWith('--scheme=')) scheme = argument.slice('--scheme='.length)
    else if (/^\d+$/.test(argument)) ports.push(Number(argument))
    else fail(`unknown argument ${argument}`)
  }
  if (ports.length === 0) fail('give the double\'s port')
  return { ports, scheme }
}

/** A driver for 127.0.0.1:PORT with the credentials the scripts expect; plain TCP unless the scheme says +s/+ssc. */
export function openDriver (scheme, port) {
  const config = {
    connectionTimeout: 10000,
    connectionAcquisitionTimeout: 10000,
    maxTransactionRetryTime: 0,
    // Set BOLT_DEBUG=1 to see the driver's own log of every message.
    logging: process.env.BOLT_DEBUG ? neo4j.logging.console('debug') : undefined
  }
  // The encryption settings may only be given for the schemes without +s/+ssc.
  if (scheme === 'bolt' || scheme === 'neo4j') config.encrypted = false
  return neo4j.driver(`${scheme}://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', 'secret'), config)
}

/** One observation, KEY=VALUE; non-strings as JSON. */
export function print (key, value) {
  console.log(`${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
}

/** Runs the scenario with a 20 s limit (the test that spawns it allows 30 s). */
export async function run (scenario) {
  const timer = setTimeout(() => {
    console.error('error: TIMEOUT the scenario took more than 20 s')
    process.exit(3)
  }, 20000)
  timer.unref()
  try {
    await scenario()
  } catch (error) {
    console.error(`error: ${error.code ?? 'NO_CODE'} ${error.message}`)
    process.exitCode = 1
  }
}

function fail (message) {
  console.error(`error: USAGE ${message}`)
  process.exit(2)
}
