namespace Graph.Import;

/// <summary>An import stopped by its cancellation token, saying what state it left the outputs in.</summary>
public sealed class ImportCancelledException(string message, Exception inner) : OperationCanceledException(message, inner);
