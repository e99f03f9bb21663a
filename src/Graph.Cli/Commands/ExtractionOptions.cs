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

    /// <summary><c>--input-format</c>: how files are read, whatever their names.</summary>
    public static Option<Graph.Documents.InputFormat> CreateInputFormatOption() => new("--input-format")
    {
        Description = "How to read files: Auto (by extension: .jsonl/.ndjson JSON Lines, .txt text, .html/.htm pages, .pdf, .docx; others by their first bytes; a PDF is never read as text), Text, JsonLines, Html, Pdf or Word.",
        DefaultValueFactory = _ => Graph.Documents.InputFormat.Auto,
    };

    /// <summary><c>--jobs N</c>: documents extracted at once; the output never depends on it.</summary>
    public static Option<int> CreateJobsOption()
    {
        var option = new Option<int>("--jobs", "-j")
        {
            Description = "Documents extracted in parallel. Output is identical for any value.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            HelpName = "N",
        };
        option.Validators.Add(result =>
        {
            if (OptionValues.Of<int>(result) < 1) result.AddError("--jobs must be 1 or more");
        });
        return option;
    }

    /// <summary><c>--quiet</c>: no progress, no summary, no warnings; errors about inputs are still printed.</summary>
    public static Option<bool> CreateQuietOption() => new("--quiet", "-q")
    {
        Description = "No progress and no summary; errors and warnings about inputs are still printed.",
    };

    /// <summary>The reader options the shared options give.</summary>
    public static Graph.Documents.ReaderOptions ReaderOptions(ParseResult parse, Option<string[]> include, Option<Graph.Documents.InputFormat> inputFormat, Option<int> maxDocument)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return new Graph.Documents.ReaderOptions
        {
            Includes = parse.GetValue(include) is { Length: > 0 } given ? given : Graph.Documents.ReaderOptions.DefaultIncludes,
            Format = parse.GetValue(inputFormat),
            MaxDocumentBytes = (long)parse.GetValue(maxDocument) << 20,
        };
    }

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
            if (OptionValues.Of<int>(result) < 1) result.AddError("--max-document-mb must be at least 1");
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
