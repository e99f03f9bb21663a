namespace Graph.BoltServer;

/// <summary>Bolt message signatures: the tag of the structure each message is (bolt/message).</summary>
#pragma warning disable CA1028 // The wire gives one byte; the enum says so.
public enum MessageSignature : byte
#pragma warning restore CA1028
{
    Hello = 0x01,
    Goodbye = 0x02,
    Reset = 0x0F,
    Run = 0x10,
    Begin = 0x11,
    Commit = 0x12,
    Rollback = 0x13,
    Discard = 0x2F,
    Pull = 0x3F,
    Telemetry = 0x54,
    Route = 0x66,
    Logon = 0x6A,
    Logoff = 0x6B,
    Success = 0x70,
    Record = 0x71,
    Ignored = 0x7E,
    Failure = 0x7F,
}
