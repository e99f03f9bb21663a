// (a) Handshake, HELLO and LOGON: driver.getServerInfo() reports the agent the double announced.
import { parseArguments, openDriver, print, run } from './common.mjs'

await run(async () => {
  const { ports, scheme } = parseArguments()
  const driver = openDriver(scheme, ports[0])
  try {
    const info = await driver.getServerInfo()
    print('agent', info.agent)
    print('protocolVersion', String(info.protocolVersion))
    print('address', info.address)
  } finally {
    await driver.close()
  }
})
