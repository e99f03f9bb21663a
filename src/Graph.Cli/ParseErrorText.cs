using System.CommandLine;
using System.Text.RegularExpressions;

namespace Graph.Cli;

/// <summary>
/// Parse errors in words: "did you mean ...?" for a mistyped option or command (the names of the command's options, or
/// its subcommands, a small edit away from what was typed, so that <c>--inlcude</c> or <c>graph improt</c> is answered
/// with the fix), and a value that is not of an option's type said without the .NET type's name.
/// </summary>
public static partial class ParseErrorText
{
    /// <summary>The parse error's message, with a suggestion added when it names a token that is a near miss.</summary>
    public static string Explain(string message, Command command)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(command);
        var unparsed = Unparsed().Match(message);
        if (unparsed.Success)
        {
            return $"{unparsed.Groups["option"].Value}: '{unparsed.Groups["value"].Value}' is not {Kind(unparsed.Groups["type"].Value)}";
        }
        var match = UnknownToken().Match(message);
        if (!match.Success) return message;
        var typed = match.Groups["token"].Value;
        var name = typed.Split('=', 2)[0];
        var candidates = name.StartsWith('-')
            ? command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith('-'))
            : command.Subcommands.Select(c => c.Name);
        var suggestion = NearNames.DidYouMean(name, candidates);
        return suggestion.Length == 0 ? message : message.TrimEnd('.') + suggestion;
    }

    /// <summary>What a value of a .NET type is called, so that no type name reaches the user.</summary>
    private static string Kind(string type) => type switch
    {
        "System.Int32" or "System.Int64" or "System.Nullable`1[System.Int32]" => "a whole number",
        "System.Double" or "System.Nullable`1[System.Double]" => "a number",
        "System.Uri" => "a URL",
        "System.Boolean" => "true or false",
        _ => "one of the values --help lists",
    };

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex Unparsed();

    [GeneratedRegex(@"^(?:Unrecognized command or argument|unknown option) '(?<token>[^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownToken();
}
