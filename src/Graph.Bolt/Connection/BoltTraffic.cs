namespace Graph.Bolt.Connection;

/// <summary>
/// What went over one connection: messages and bytes each way (chunk framing included, the handshake not), and how many
/// times messages went out together, which bounds the trips to the server and back that waiting for answers cost.
/// </summary>
/// <param name="MessagesSent">Requests sent.</param>
/// <param name="MessagesReceived">Responses received (records, summaries).</param>
/// <param name="BytesSent">Bytes sent after the handshake.</param>
/// <param name="BytesReceived">Bytes received after the handshake.</param>
/// <param name="Flushes">Times buffered requests were sent together.</param>
public readonly record struct BoltTraffic(long MessagesSent, long MessagesReceived, long BytesSent, long BytesReceived, long Flushes);
