namespace Graph.Neo4j.Database;

/// <summary>
/// Runs one Cypher statement and returns all its records: inside a transaction, or as an auto-commit
/// transaction of its own. The seam between the Cypher the project writes and the protocol that carries
/// it, so writers and commands can be tested without a server.
/// </summary>
public interface ICypherRunner
{
    /// <summary>
    /// Runs <paramref name="cypher"/> with <paramref name="parameters"/> and pulls every record.
    /// Parameter values are <see langword="null"/>, <see cref="string"/>, <see cref="long"/>, <see cref="double"/>,
    /// <see cref="bool"/>, <see cref="DateOnly"/>, lists of these, and maps from string to these.
    /// </summary>
    /// <exception cref="Neo4jServerException">The server refused the statement.</exception>
    /// <exception cref="Neo4jConnectionException">The server could not be reached, or the connection broke.</exception>
    Task<CypherResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken = default);
}
