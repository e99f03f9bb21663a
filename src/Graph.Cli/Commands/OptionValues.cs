using System.CommandLine.Parsing;

namespace Graph.Cli.Commands;

/// <summary>An option's value for a validator, or nothing when the text did not convert (that is already a parse error, said in words).</summary>
public static class OptionValues
{
    /// <summary>The converted value, or null when the text given is not a value of the option's type.</summary>
    public static T? Of<T>(OptionResult result) where T : struct
    {
        ArgumentNullException.ThrowIfNull(result);
        try
        {
            return result.GetValueOrDefault<T>();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
