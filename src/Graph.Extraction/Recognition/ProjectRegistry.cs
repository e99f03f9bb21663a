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
        public string Name { get; set; } = "";
        public bool Named { get; set; }
        public string? Acronym { get; set; }
        public List<string> Aliases { get; } = [];
        public HashSet<(NodeLabel Label, string Key)> Parties { get; } = [];
        public List<ProjectCandidate> Places { get; } = [];
    }

    private readonly Dictionary<string, Project> _projects = new(StringComparer.Ordinal);

    /// <summary>The projects, in the order first read.</summary>
    public IEnumerable<Project> Projects => _projects.Values.OrderBy(p => p.Places.Min(c => c.Start));

    /// <summary>Adds a candidate to its project.</summary>
    public void Add(ProjectCandidate candidate)
    {
        if (!_projects.TryGetValue(candidate.Key, out var p)) _projects[candidate.Key] = p = new Project(candidate.Key, candidate.Family);
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
            var pairs = _projects.Values.Where(p => p != single && p.Family == single.Family && p.Parties.Count > 1 && p.Parties.Contains(party)).ToList();
            if (pairs.Count != 1) continue;
            foreach (var c in single.Places) Absorb(pairs[0], c with { Key = pairs[0].Key, Named = false });
            _projects.Remove(single.Key);
        }
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

    /// <summary>Every place a project was read, as mentions.</summary>
    public IEnumerable<Mention> Mentions(Func<int, int, string> text) =>
        _projects.Values.SelectMany(p => p.Places.Select(c => new Mention(c.Start, c.End, c.Sentence, NodeLabel.Project, p.Key, c.Surface ?? text(c.Start, c.End), MentionKind.Name, "project.name")));

    /// <summary>The first place a project was read.</summary>
    public ProjectCandidate FirstMention(string key) => _projects[key].Places.OrderBy(c => c.Start).First();

    /// <summary>
    /// Whether "the [head]" may refer to a project: a head of the same family ("the pact" to an agreement), and
    /// "the project" to any undertaking that is not an agreement or a negotiation.
    /// </summary>
    public bool Refers(Gazetteers.HeadWordEntry head, string key) =>
        _projects.TryGetValue(key, out var p)
        && (p.Family == head.Family || head.Family == "project" && p.Family is "infrastructure" or "programme" or "project");
}
