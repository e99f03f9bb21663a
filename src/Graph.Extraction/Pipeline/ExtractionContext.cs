using Graph.Documents;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Recognition;
using Graph.Extraction.Speech;
using Graph.Extraction.Text;

namespace Graph.Extraction.Pipeline;

/// <summary>
/// What the steps of the pipeline share while reading one document: its sentences and tokens, the
/// mentions found so far, the people of the document, and the statements.
/// </summary>
public sealed class ExtractionContext
{
    /// <summary>Creates the context for one document: splits it into sentences and tokens.</summary>
    public ExtractionContext(SourceDocument document, Gazetteer gazetteer)
        : this(document, gazetteer, 0, document?.Text.Length ?? 0)
    {
    }

    /// <summary>
    /// Creates the context for the part [<paramref name="start"/>, <paramref name="end"/>) of a document (a section of a
    /// very long one): only its sentences are read; offsets stay those of the whole text.
    /// </summary>
    public ExtractionContext(SourceDocument document, Gazetteer gazetteer, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        Gazetteer = gazetteer;
        var body = document.Layout.BodySpans(document.Text.Length)
            .Select(span => (Start: Math.Max(span.Start, start), End: Math.Min(span.End, end)))
            .Where(span => span.Start < span.End);
        Sentences = SentenceSplitter.Split(document.Text, body);
        Tokens = Sentences.Select(s => Tokenizer.Tokenize(document.Text, s.Start, s.End)).ToArray();
        var quotes = new List<Quote>();
        foreach (var paragraph in Sentences.GroupBy(s => s.Paragraph))
        {
            quotes.AddRange(QuoteFinder.Find(document.Text, paragraph.First().Start, paragraph.Last().End));
        }
        Quotes = quotes;
    }

    /// <summary>The document being read.</summary>
    public SourceDocument Document { get; }

    /// <summary>The document's text.</summary>
    public string Text => Document.Text;

    /// <summary>General knowledge.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>Sentences of the body.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Tokens of each sentence.</summary>
    public IReadOnlyList<List<Token>> Tokens { get; }

    /// <summary>Quotations, in order.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    private readonly List<Mention> _mentions = [];
    private readonly Dictionary<int, Mention> _byEnd = [];
    private readonly Dictionary<int, List<Mention>> _byStart = [];

    /// <summary>The latest mention ending at this offset, if any.</summary>
    public Mention? MentionEndingAt(int end) => _byEnd.GetValueOrDefault(end);

    /// <summary>The latest mention starting at this offset, if any.</summary>
    public Mention? MentionStartingAt(int start) => _byStart.TryGetValue(start, out var list) ? list[^1] : null;

    /// <summary>Every mention starting at this offset ("both countries" stands for two).</summary>
    public IReadOnlyList<Mention> MentionsStartingAt(int start) => _byStart.TryGetValue(start, out var list) ? list : [];
    private System.Collections.BitArray? _covered;

    /// <summary>Mentions found so far, in the order found; add with <see cref="AddMention"/>.</summary>
    public IReadOnlyList<Mention> Mentions => _mentions;

    /// <summary>Adds a mention and marks its characters as taken, so later recognisers do not reread them.</summary>
    public void AddMention(Mention mention)
    {
        _mentions.Add(mention);
        _byEnd[mention.End] = mention;
        if (!_byStart.TryGetValue(mention.Start, out var starting)) _byStart[mention.Start] = starting = [];
        starting.Add(mention);
        if (mention.Kind == MentionKind.Pronoun) return;
        _covered ??= new System.Collections.BitArray(Text.Length);
        for (var i = mention.Start; i < mention.End; i++) _covered[i] = true;
    }

    /// <summary>People of the document.</summary>
    public PersonRegistry People { get; } = new();

    /// <summary>Statements found so far, each credited to a person of the document.</summary>
    public List<StatementCandidate> Statements { get; } = [];

    /// <summary>
    /// Statements whose source is no person of the document ("one source said", "the ministry said", "the report
    /// said"): kept with the source's words, credited to nobody (no SAID edge).
    /// </summary>
    public List<StatementCandidate> UnattributedStatements { get; } = [];

    /// <summary>Entities that recognisers named themselves (projects, conflicts, organisations beyond the gazetteer), by label and key.</summary>
    public Dictionary<(Model.NodeLabel Label, string Key), EntityDefinition> Definitions { get; } = [];

    /// <summary>
    /// The document's vocabulary (<see cref="Recognition.CapitalizedWords"/>), computed by the first recogniser that needs
    /// it; held here rather than in a weak table, whose upkeep costs more than reading the document.
    /// </summary>
    internal object? Vocabulary { get; set; }

    /// <summary>Relationships between entities found so far.</summary>
    public List<FactCandidate> Facts { get; } = [];

    /// <summary>Defines (or adds aliases to) an entity named by a recogniser; returns its key.</summary>
    public string Define(Model.NodeLabel label, string key, string name, params string[] aliases)
    {
        if (Definitions.TryGetValue((label, key), out var existing))
        {
            var merged = existing.Aliases.Concat(aliases).Append(name).Where(a => a != existing.Name).Distinct(StringComparer.Ordinal).ToArray();
            Definitions[(label, key)] = existing with { Aliases = merged };
        }
        else
        {
            Definitions[(label, key)] = new EntityDefinition(label, key, name, aliases.Where(a => a != name).Distinct(StringComparer.Ordinal).ToArray());
        }
        return key;
    }

    /// <summary>
    /// Marks text as taken without making it a mention: a capital used as a place ("in New Delhi") is
    /// neither a country nor a person's name.
    /// </summary>
    public void Reserve(int start, int end)
    {
        _covered ??= new System.Collections.BitArray(Text.Length);
        for (var i = start; i < end; i++) _covered[i] = true;
    }

    /// <summary>Whether a character offset is already covered by a mention.</summary>
    public bool IsCovered(int start, int end)
    {
        if (_covered is null) return false;
        for (var i = start; i < end; i++)
        {
            if (_covered[i]) return true;
        }
        return false;
    }

    /// <summary>The quotation containing an offset, if any.</summary>
    public Quote? QuoteAt(int offset)
    {
        // Quotations are in text order and do not overlap: the candidate is the last one opening at or before the offset.
        var i = LastQuoteStartingAtOrBefore(offset);
        return i >= 0 && offset < Quotes[i].ContentEnd && offset >= Quotes[i].ContentStart ? Quotes[i] : null;
    }

    /// <summary>Index of the last quotation whose content starts at or before <paramref name="offset"/>, or -1.</summary>
    public int LastQuoteStartingAtOrBefore(int offset)
    {
        int lo = 0, hi = Quotes.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Quotes[mid].ContentStart <= offset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }
}
