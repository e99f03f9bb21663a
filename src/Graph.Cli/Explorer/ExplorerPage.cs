using System.Text;
using System.Text.RegularExpressions;

namespace Graph.Cli.Explorer;

/// <summary>
/// Writes the explorer: one HTML file holding the page, its script, Cytoscape.js (vendored, with its licence) and the
/// graph's data, so it opens offline from <c>file://</c> and can be mailed or archived as it is. Its content security
/// policy lets it fetch nothing at all.
/// </summary>
public static partial class ExplorerPage
{
    /// <summary>The Cytoscape.js version built in (src/Graph.Cli/Explorer/vendor/README.md).</summary>
    public const string CytoscapeVersion = "3.35.0";

    /// <summary>Writes the page for <paramref name="data"/> with the title <paramref name="title"/>.</summary>
    public static void Write(TextWriter output, ExplorerData data, string title)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(data);
        var parts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["TITLE"] = System.Net.WebUtility.HtmlEncode(title),
            ["DATA"] = data.ToJson(),
            ["CYTOSCAPE"] = Resource("vendor.cytoscape.min.js"),
            ["CYTOSCAPE_VERSION"] = CytoscapeVersion,
            ["CYTOSCAPE_LICENSE"] = Resource("vendor.cytoscape-LICENSE.txt"),
            ["APP"] = Resource("explorer.js"),
        };
        // One pass over the template: a marker inside an inserted part (the library, the data) is never replaced.
        var template = Resource("explorer.html");
        var position = 0;
        foreach (Match marker in Marker().Matches(template))
        {
            output.Write(template.AsSpan(position, marker.Index - position));
            output.Write(parts[marker.Groups[1].Value]);
            position = marker.Index + marker.Length;
        }
        output.Write(template.AsSpan(position));
    }

    private static string Resource(string name)
    {
        var assembly = typeof(ExplorerPage).Assembly;
        using var stream = assembly.GetManifestResourceStream("Graph.Cli.Explorer." + name)
            ?? throw new InvalidOperationException($"the explorer resource {name} is not built into the program");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\{\{([A-Z_]+)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
