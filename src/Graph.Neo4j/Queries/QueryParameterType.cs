using System.Diagnostics.CodeAnalysis;

namespace Graph.Neo4j.Queries;

/// <summary>The types a prepared query's parameter may have, as its header names them.</summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The members are the type names query headers use.")]
public enum QueryParameterType
{
    /// <summary><c>string</c>: text as given.</summary>
    String,
    /// <summary><c>integer</c>: a 64-bit integer.</summary>
    Integer,
    /// <summary><c>float</c>: a double.</summary>
    Float,
    /// <summary><c>boolean</c>: <c>true</c> or <c>false</c>.</summary>
    Boolean,
    /// <summary><c>date</c>: an ISO date, <c>YYYY-MM-DD</c>.</summary>
    Date,
}
