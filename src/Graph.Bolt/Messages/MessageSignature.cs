namespace Graph.Bolt.Messages;

/// <summary>
/// Message signatures: the tag byte of the structure that is a Bolt message (Bolt message spec,
/// "Message exchange", one section per message).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1028:Enum Storage should be Int32", Justification = "a signature is one byte on the wire")]
public enum MessageSignature : byte
{
    /// <summary>HELLO: opens the session with the user agent (and, before 5.1, the credentials).</summary>
    Hello = 0x01,

    /// <summary>GOODBYE: the client is closing the connection.</summary>
    Goodbye = 0x02,

    /// <summary>RESET: back to READY, discarding any failure or open transaction.</summary>
    Reset = 0x0F,

    /// <summary>RUN: a query with its parameters.</summary>
    Run = 0x10,

    /// <summary>BEGIN: opens an explicit transaction.</summary>
    Begin = 0x11,

    /// <summary>COMMIT: commits the explicit transaction.</summary>
    Commit = 0x12,

    /// <summary>ROLLBACK: rolls the explicit transaction back.</summary>
    Rollback = 0x13,

    /// <summary>DISCARD: drops records of a result.</summary>
    Discard = 0x2F,

    /// <summary>PULL: asks for records of a result.</summary>
    Pull = 0x3F,

    /// <summary>TELEMETRY (5.4+): optional API usage report; this client does not send it.</summary>
    Telemetry = 0x54,

    /// <summary>ROUTE (4.3+): asks for a routing table.</summary>
    Route = 0x66,

    /// <summary>LOGON (5.1+): authenticates.</summary>
    Logon = 0x6A,

    /// <summary>LOGOFF (5.1+): drops the authentication.</summary>
    Logoff = 0x6B,

    /// <summary>SUCCESS: the request succeeded; carries metadata.</summary>
    Success = 0x70,

    /// <summary>RECORD: one record of a result.</summary>
    Record = 0x71,

    /// <summary>IGNORED: the request was skipped because an earlier one failed.</summary>
    Ignored = 0x7E,

    /// <summary>FAILURE: the request failed; carries a code and a message.</summary>
    Failure = 0x7F,
}
