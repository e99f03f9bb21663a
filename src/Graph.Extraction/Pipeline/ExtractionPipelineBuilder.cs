using Graph.Extraction.Gazetteers;
using Graph.Extraction.Recognition;
using Graph.Extraction.Speech;

namespace Graph.Extraction.Pipeline;

/// <summary>
/// Builds an <see cref="ExtractionPipeline"/>: <c>new ExtractionPipelineBuilder().UseGazetteerEntities().UsePeople().UseSpeech().Build()</c>.
/// Order matters: people are read around the countries and organisations already found, and speech around the people.
/// </summary>
public sealed class ExtractionPipelineBuilder
{
    private readonly List<Func<Gazetteer, IExtractionStep>> _steps = [];
    private Gazetteer? _gazetteer;

    /// <summary>Uses this gazetteer instead of the shipped one.</summary>
    public ExtractionPipelineBuilder UseGazetteer(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        return this;
    }

    /// <summary>Countries and organisations by name, abbreviation, demonym and capital.</summary>
    public ExtractionPipelineBuilder UseGazetteerEntities() => Use(g => new GazetteerRecognizer(g));

    /// <summary>People introduced by titles, honorifics and speech verbs, and their later short forms.</summary>
    public ExtractionPipelineBuilder UsePeople() => Use(g => new PersonRecognizer(g));

    /// <summary>Who said what: quotations and reported speech.</summary>
    public ExtractionPipelineBuilder UseSpeech() => Use(g => new SpeechRecognizer(g));

    /// <summary>Adds a step of the caller's own.</summary>
    public ExtractionPipelineBuilder Use(Func<Gazetteer, IExtractionStep> step)
    {
        _steps.Add(step);
        return this;
    }

    /// <summary>Every shipped step in the right order.</summary>
    public ExtractionPipelineBuilder UseDefaults() => UseGazetteerEntities().UsePeople().UseSpeech();

    /// <summary>Builds the pipeline.</summary>
    public ExtractionPipeline Build()
    {
        var gazetteer = _gazetteer ?? Gazetteer.Default;
        return new ExtractionPipeline(gazetteer, _steps.Select(s => s(gazetteer)).ToArray());
    }
}
