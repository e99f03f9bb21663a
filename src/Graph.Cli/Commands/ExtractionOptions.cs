using System.CommandLine;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Pipeline;

namespace Graph.Cli.Commands;

/// <summary>Options that shape extraction, shared by every command that extracts (import, extract, eval).</summary>
public static class ExtractionOptions
{
    /// <summary><c>--include GLOB...</c>: which files of the input folders are read.</summary>
    public static Option<string[]> CreateIncludeOption() => new("--include")
    {
        Description = $"Glob patterns for files inside folders. Default: {string.Join(" ", Graph.Documents.ReaderOptions.DefaultIncludes)}.",
        AllowMultipleArgumentsPerToken = true,
        HelpName = "GLOB",
    };

    /// <summary>The <c>--max-document-mb</c> option: the largest document (text file or JSON Lines record) read.</summary>
    public static Option<int> CreateMaxDocumentOption()
    {
        var option = new Option<int>("--max-document-mb")
        {
            Description = $"Largest document read, in MiB: a text file, or one JSON Lines record. A larger one is named and skipped; " +
                          $"extraction needs some tens of times a document's size in memory.",
            DefaultValueFactory = _ => (int)(Graph.Documents.ReaderOptions.DefaultMaxDocumentBytes >> 20),
            HelpName = "MIB",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("--max-document-mb must be at least 1");
        });
        return option;
    }

    /// <summary>The <c>--gazetteer</c> option: user tables that add or override gazetteer entries.</summary>
    public static Option<string[]> CreateGazetteerOption() => new("--gazetteer", "-g")
    {
        Description = "A tab-separated table in a shipped gazetteer's format (countries, organizations, titles, speech verbs, " +
                      "stance predicates...; see src/Graph.Extraction/Gazetteers/README.md) whose rows add to or replace the " +
                      "shipped ones. Repeatable.",
        AllowMultipleArgumentsPerToken = false,
        HelpName = "FILE",
    };

    /// <summary>Builds the extraction pipeline with the user's gazetteer tables; a bad table is reported as a usage error.</summary>
    public static ExtractionPipeline? BuildPipeline(IReadOnlyList<string> gazetteerFiles, TextWriter error)
    {
        var tables = new List<TsvTable>();
        foreach (var file in gazetteerFiles)
        {
            try
            {
                using var reader = new StreamReader(file);
                tables.Add(TsvTable.Parse(file, reader));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                error.WriteLine($"graph: error: gazetteer {(e is FormatException ? e.Message : $"{file}: {e.Message}")}");
                return null;
            }
        }
        try
        {
            var builder = new ExtractionPipelineBuilder().UseDefaults();
            if (tables.Count > 0) builder.UseGazetteer(Gazetteer.Load(tables));
            return builder.Build();
        }
        catch (FormatException e)
        {
            error.WriteLine($"graph: error: gazetteer {e.Message}");
            return null;
        }
    }
}
