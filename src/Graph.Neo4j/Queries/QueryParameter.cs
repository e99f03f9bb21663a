using System.Globalization;

namespace Graph.Neo4j.Queries;

/// <summary>A parameter of a prepared query, as its header declares it.</summary>
/// <param name="Name">The name, without the <c>$</c>.</param>
/// <param name="Type">The type its text value is converted to.</param>
/// <param name="IsRequired">Whether it must be given.</param>
/// <param name="Default">The value sent when it is not given (null for <c>default null</c>), already converted.</param>
/// <param name="Description">What it means.</param>
/// <param name="Example">An example value, as text.</param>
public sealed record QueryParameter(string Name, QueryParameterType Type, bool IsRequired, object? Default, string Description, string Example)
{
    /// <summary>The type as headers write it.</summary>
    public string TypeName => TypeNameOf(Type);

    /// <summary>Converts a value given as text to the parameter's type.</summary>
    /// <exception cref="FormatException">The text is not a value of the type.</exception>
    public object? Convert(string text) => Convert(Type, text);

    /// <summary>Converts a value given as text to <paramref name="type"/>; <c>null</c> is the null value for every type.</summary>
    /// <exception cref="FormatException">The text is not a value of the type.</exception>
    public static object? Convert(QueryParameterType type, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (type != QueryParameterType.String && text == "null") return null;
        var inv = CultureInfo.InvariantCulture;
        return type switch
        {
            QueryParameterType.String => text,
            QueryParameterType.Integer => long.TryParse(text, NumberStyles.AllowLeadingSign, inv, out var l) ? l : throw Bad(text, "an integer such as 20"),
            QueryParameterType.Float => double.TryParse(text, NumberStyles.Float, inv, out var d) && double.IsFinite(d) ? d : throw Bad(text, "a number such as 0.5"),
            QueryParameterType.Boolean => text.ToLowerInvariant() switch
            {
                "true" => true,
                "false" => false,
                _ => throw Bad(text, "true or false"),
            },
            QueryParameterType.Date => DateOnly.TryParseExact(text, "yyyy-MM-dd", inv, DateTimeStyles.None, out var date) ? date : throw Bad(text, "a date such as 2021-04-07"),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };
    }

    /// <summary>The type as headers write it: <c>string</c>, <c>integer</c>, <c>float</c>, <c>boolean</c>, <c>date</c>.</summary>
    public static string TypeNameOf(QueryParameterType type) => type switch
    {
        QueryParameterType.String => "string",
        QueryParameterType.Integer => "integer",
        QueryParameterType.Float => "float",
        QueryParameterType.Boolean => "boolean",
        QueryParameterType.Date => "date",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The type a header names, or null when it names none.</summary>
    public static QueryParameterType? ParseTypeName(string name) => name switch
    {
        "string" => QueryParameterType.String,
        "integer" => QueryParameterType.Integer,
        "float" => QueryParameterType.Float,
        "boolean" => QueryParameterType.Boolean,
        "date" => QueryParameterType.Date,
        _ => null,
    };

    private static FormatException Bad(string text, string expected) => new($"'{text}' is not {expected}");
}
