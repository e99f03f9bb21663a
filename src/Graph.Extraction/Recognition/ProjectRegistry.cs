using Graph.Model;

namespace Graph.Extraction.Recognition;

/// <summary>
/// The projects of one document while they are read: candidates with the same key become one project, whose
/// canonical name is its first proper name (or, failing one, the first form read).
/// </summary>
internal sealed class ProjectRegistry
{
    /// <summary>One project of the document.</summary>
    public sealed class Project(string key, string family)
    {
        public string Key { get; set; } = key;
        public string Family { get; } = family;

        /// <summary>The head noun of its first name ("pipeline"), which "the pipeline" must repeat.</summary>
        public string Head { get; set; } = "";
        public string Name { get; set; } = "";
        public bool Named { get; set; }
        public string? Acronym { get; set; }
        public List<string> Aliases { get; } = [];
        public HashSet<(NodeLabel Label, string Key)> Parties { get; } = [];
        public List<ProjectCandidate> Places { get; } = [];

        /// <summary>The describing words of its first described name keyed by parties ("free trade"), or empty.</summary>
        public string Description { get; set; } = "";
    }

    private readonly Dictionary<string, Project> _projects = new(StringComparer.Ordinal);

    /// <summary>The projects, in the order first read.</summary>
    public IEnumerable<Project> Projects => _projects.Values.OrderBy(p => p.Places.Min(c => c.Start));

    /// <summary>Adds a candidate to its project.</summary>
    /// <remarks>
    /// "the fisheries accord with Chile" and "the trade accord with Chile" share their parties but are two
    /// undertakings: a described candidate whose description differs from that of the project of its key is a
    /// project of its own. An undescribed one ("the accord with Chile") joins the first of them.
    /// </remarks>
    public void Add(ProjectCandidate candidate)
    {
        if (candidate.Description.Length > 0 && _projects.TryGetValue(candidate.Key, out var first) && first.Description.Length > 0
            && first.Description != candidate.Description)
        {
            candidate = candidate with { Key = candidate.Key + "/" + candidate.Description.Replace(' ', '-') };
        }
        if (!_projects.TryGetValue(candidate.Key, out var p)) _projects[candidate.Key] = p = new Project(candidate.Key, candidate.Family);
        if (p.Description.Length == 0) p.Description = candidate.Description;
        Absorb(p, candidate);
    }

    private static void Absorb(Project p, ProjectCandidate c)
    {
        if (p.Name.Length == 0 || c.Named && !p.Named)
        {
            if (p.Name.Length > 0) p.Aliases.Add(p.Name);
            p.Name = c.Name;
            p.Named = c.Named;
        }
        else
        {
            p.Aliases.Add(c.Name);
        }
        p.Aliases.AddRange(c.Aliases);
        foreach (var party in c.Parties) p.Parties.Add(party);
        p.Acronym ??= c.Acronym;
        if (p.Head.Length == 0 || c.Named) p.Head = c.Head.Length > 0 ? c.Head : p.Head;
        if (c.Acronym is not null) p.Aliases.Add(c.Acronym);
        p.Places.Add(c);
    }

    /// <summary>
    /// "The Canadian pact" after "the U.S.-Canada free trade agreement": a project keyed by one country joins the
    /// only project of the same family that involves that country and another.
    /// </summary>
    public void MergeOneCountryIntoPairs()
    {
        foreach (var single in _projects.Values.Where(p => p.Key.StartsWith("countries/", StringComparison.Ordinal) && p.Parties.Count == 1).ToList())
        {
            var party = single.Parties.First();
            // "the free trade pact with the U.S." is not "the U.S.-Japan semiconductor pact": a description must agree.
            var pairs = _projects.Values.Where(p => p != single && p.Family == single.Family && p.Parties.Count > 1 && p.Parties.Contains(party)
                && DescriptionAgrees(single, p)).ToList();
            if (pairs.Count != 1) continue;
            foreach (var c in single.Places) Absorb(pairs[0], c with { Key = pairs[0].Key, Named = false });
            _projects.Remove(single.Key);
        }
    }

    /// <summary>Whether every describing word of <paramref name="single"/> occurs in a name of <paramref name="other"/>.</summary>
    private static bool DescriptionAgrees(Project single, Project other)
    {
        if (single.Description.Length == 0) return true;
        var names = " " + string.Join(" ", other.Aliases.Prepend(other.Name)).ToLowerInvariant() + " ";
        return single.Description.Split(' ', '-').Where(w => w.Length > 0).All(w => names.Contains(" " + w + " ", StringComparison.Ordinal)
            || names.Contains("-" + w + " ", StringComparison.Ordinal) || names.Contains(" " + w + "-", StringComparison.Ordinal));
    }

    /// <summary>
    /// "the ABM treaty" after "the Anti-Ballistic Missile Treaty": a project named by an acronym and a head is the
    /// project of that head whose name the acronym abbreviates.
    /// </summary>
    public void MergeAcronymsIntoNames()
    {
        foreach (var shortForm in _projects.Values.ToList())
        {
            var parts = shortForm.Name.Split(' ');
            if (parts.Length != 2 || !parts[0].All(c => char.IsUpper(c) || c == '.' || char.IsDigit(c)) || parts[0].Count(char.IsUpper) < 2) continue;
            var full = _projects.Values.Where(p => p != shortForm && p.Named && p.Family == shortForm.Family
                && p.Name.IndexOf(" " + parts[1], StringComparison.OrdinalIgnoreCase) is > 0 and var at
                && Acronyms.Abbreviates(parts[0], p.Name[..at])).ToList();
            if (full.Count != 1) continue;
            foreach (var c in shortForm.Places) Absorb(full[0], c with { Key = full[0].Key, Named = false });
            full[0].Acronym ??= parts[0];
            _projects.Remove(shortForm.Key);
        }
    }

    /// <summary>
    /// "the nuclear deal" and "the nuclear deal with Iran", "the gas pipeline" and "the Trans-Caspian gas pipeline":
    /// a project named only by describing words is the project of the same family whose name contains them; of
    /// several, the one named last before it (else the first after it).
    /// </summary>
    public void MergeDescriptionsIntoNames()
    {
        foreach (var described in _projects.Values.Where(p => p.Places.All(c => c.Descriptive)).OrderBy(p => p.Places.Min(c => c.Start)).ToList())
        {
            var phrase = " " + described.Name.ToLowerInvariant() + " ";
            var at = described.Places.Min(c => c.Start);
            var fuller = _projects.Values.Where(p => p != described && p.Family == described.Family
                && p.Aliases.Prepend(p.Name).Any(n => n.Length > phrase.Length - 2 && (" " + n.ToLowerInvariant() + " ").Contains(phrase, StringComparison.Ordinal))).ToList();
            if (fuller.Count == 0) continue;
            var before = fuller.Where(p => p.Places.Min(c => c.Start) < at).ToList();
            var target = before.Count > 0
                ? before.MaxBy(p => p.Places.Where(c => c.Start < at).Max(c => c.Start))!
                : fuller.MinBy(p => p.Places.Min(c => c.Start))!;
            foreach (var c in described.Places) Absorb(target, c with { Key = target.Key, Named = false });
            _projects.Remove(described.Key);
        }
    }

    /// <summary>
    /// "a deal in Istanbul to resume grain exports" after "the Black Sea grain deal": an agreement or a plan named only by
    /// its aim is the one project of the same family whose describing words the aim repeats; with none or several, it
    /// stays a project of its own.
    /// </summary>
    public void MergePurposesIntoNames()
    {
        foreach (var aimed in _projects.Values.Where(p => p.Places.All(c => c.Purpose is not null)).ToList())
        {
            var aim = aimed.Places.SelectMany(c => c.Purpose!.Split(' ', '-')).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            var matches = _projects.Values.Where(p => p != aimed && p.Family == aimed.Family && p.Places.Any(c => c.Purpose is null)
                && DescribingWords(p).Any(aim.Contains)).ToList();
            if (matches.Count != 1) continue;
            foreach (var c in aimed.Places) Absorb(matches[0], c with { Key = matches[0].Key, Named = false });
            _projects.Remove(aimed.Key);
        }
    }

    /// <summary>The lower-case words of a project's names that tell it apart: "grain" in "Black Sea grain deal".</summary>
    private static IEnumerable<string> DescribingWords(Project p) =>
        p.Aliases.Prepend(p.Name).SelectMany(n => n.Split(' ', '-'))
            .Where(w => w.Length > 3 && w.All(char.IsLower) && !w.Equals(p.Head, StringComparison.OrdinalIgnoreCase)
                && !ProjectWords.IsGenericDescription(w) && !ProjectWords.VagueAdjectives.Contains(w) && !ProjectWords.FunctionWords.Contains(w) && !ProjectWords.NotModifiers.Contains(w));

    /// <summary>Whether a project involves a country.</summary>
    public bool Involves(string key, string country) =>
        _projects.TryGetValue(key, out var p) && p.Parties.Contains((NodeLabel.Country, country));

    /// <summary>Adds another name of a project ("CPEC" used without definition).</summary>
    public void AddAlias(string key, string alias)
    {
        if (_projects.TryGetValue(key, out var p) && !p.Aliases.Contains(alias)) p.Aliases.Add(alias);
    }

    /// <summary>Every place a project was read, as mentions.</summary>
    public IEnumerable<Mention> Mentions(Func<int, int, string> text) =>
        _projects.Values.SelectMany(p => p.Places.Select(c => new Mention(c.Start, c.End, c.Sentence, NodeLabel.Project, p.Key, c.Surface ?? text(c.Start, c.End), MentionKind.Name, "project.name")));

    /// <summary>The first place a project was read.</summary>
    public ProjectCandidate FirstMention(string key) => _projects[key].Places.OrderBy(c => c.Start).First();

    /// <summary>
    /// Whether "the [head]" may refer to a project: a head of the same family ("the pact" to an agreement; "the pipeline" only to a pipeline), and
    /// "the project" to any undertaking that is not an agreement or a negotiation.
    /// </summary>
    public bool Refers(Gazetteers.HeadWordEntry head, string key)
    {
        if (!_projects.TryGetValue(key, out var p)) return false;
        if (head.Family == "project") return p.Family is "infrastructure" or "programme" or "project";
        if (p.Family != head.Family) return false;
        // A work is referred to by its own kind ("the pipeline", not "the railway", after a pipeline), or as "the link".
        return head.Family != "infrastructure" || head.Head == "link" || p.Head.Length == 0 || p.Head.Equals(head.Head, StringComparison.OrdinalIgnoreCase);
    }
}
