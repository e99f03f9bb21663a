using Graph.Extraction.Gazetteers;
using Graph.Extraction.Recognition;
using Graph.Extraction.Speech;

namespace Graph.Extraction.Pipeline;

/// <summary>
/// Builds an <see cref="ExtractionPipeline"/>: <c>new ExtractionPipelineBuilder().UseGazetteerEntities().UsePeople().UseReferences().UseSpeech().Build()</c>.
/// Order matters: organisations, projects and conflicts are read around the countries and listed organisations,
/// people around all of them (so that no organisation's name is read as a person's), and speech around the people.
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

    /// <summary>Organisations beyond the gazetteer, by the word that ends their name ("Supreme Court", "NEC Corp", "Congress").</summary>
    public ExtractionPipelineBuilder UseOrganizations() => Use(g => new OrganizationRecognizer(g));

    /// <summary>Projects: pipelines, programmes, treaties and agreements, and later references to them.</summary>
    public ExtractionPipelineBuilder UseProjects() => Use(g => new ProjectRecognizer(g));

    /// <summary>Wars and conflicts: known ones by name, between parties, in places, and "civil war" in context.</summary>
    public ExtractionPipelineBuilder UseConflicts() => Use(g => new ConflictRecognizer(g));

    /// <summary>People introduced by titles, honorifics and speech verbs, and their later short forms.</summary>
    public ExtractionPipelineBuilder UsePeople() => Use(g => new PersonRecognizer(g));

    /// <summary>Pronouns, bare titles, "his country" and "both countries" resolved; roles become REPRESENTS.</summary>
    public ExtractionPipelineBuilder UseReferences() => Use(g => new ReferenceResolver(g));

    /// <summary>Who said what: quotations and reported speech.</summary>
    public ExtractionPipelineBuilder UseSpeech() => Use(g => new SpeechRecognizer(g));

    /// <summary>SUPPORTS and COMMITTED_TO from the predicates of stance-predicates.tsv.</summary>
    public ExtractionPipelineBuilder UseStances() => Use(g => new Stance.StanceRecognizer(g));

    /// <summary>Adds a step of the caller's own.</summary>
    public ExtractionPipelineBuilder Use(Func<Gazetteer, IExtractionStep> step)
    {
        _steps.Add(step);
        return this;
    }

    /// <summary>Every shipped step in the right order.</summary>
    public ExtractionPipelineBuilder UseDefaults() => UseGazetteerEntities().UseOrganizations().UseProjects().UseConflicts().UsePeople().UseReferences().UseSpeech().UseStances();

    /// <summary>Builds the pipeline.</summary>
    public ExtractionPipeline Build()
    {
        var gazetteer = _gazetteer ?? Gazetteer.Default;
        return new ExtractionPipeline(gazetteer, _steps.Select(s => s(gazetteer)).ToArray());
    }
}
