namespace Graph.Cli;

/// <summary>What the process exit code tells a script.</summary>
public static class ExitCodes
{
    /// <summary>Everything given was done.</summary>
    public const int Success = 0;

    /// <summary>Some inputs failed (each is named on standard error); the rest was done.</summary>
    public const int PartialFailure = 1;

    /// <summary>The command line was wrong; nothing was done.</summary>
    public const int UsageError = 2;

    /// <summary>The job could not be done at all (an output folder that cannot be written, an internal error).</summary>
    public const int Failure = 3;

    /// <summary>The Neo4j server refused a statement or the credentials; its code and message are printed.</summary>
    public const int ServerError = 4;

    /// <summary>No connection to the Neo4j server could be made; where it was tried and why are printed.</summary>
    public const int Unavailable = 5;
}
