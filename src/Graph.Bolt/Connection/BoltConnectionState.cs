namespace Graph.Bolt.Connection;

/// <summary>The client's view of the server state (Bolt server-state spec).</summary>
public enum BoltConnectionState
{
    /// <summary>Not yet through the handshake and HELLO.</summary>
    Connecting,

    /// <summary>READY: a RUN, BEGIN or ROUTE may follow.</summary>
    Ready,

    /// <summary>STREAMING: an auto-commit result has records to pull.</summary>
    Streaming,

    /// <summary>TX_READY: inside an explicit transaction.</summary>
    TransactionReady,

    /// <summary>TX_STREAMING: a result inside a transaction has records to pull.</summary>
    TransactionStreaming,

    /// <summary>DEFUNCT: the connection is broken or closed and cannot be used again.</summary>
    Defunct,
}
