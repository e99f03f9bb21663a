namespace Graph.Model;

/// <summary>
/// Decides which entities of the whole graph are one real-world thing, once every document is in, so the answer never
/// depends on the order documents arrived in. The rules (documented in the README, "Identity of entities"):
/// <list type="bullet">
/// <item>A person named by one word ("Reagan") is the one person whose full name ends in that word ("Ronald Reagan"),
/// compared by spelling; when two full names end in it, the one-word person stays apart and names them in its
/// <c>candidates</c> property.</item>
/// <item>Projects and conflicts are one when a name or alias of one is a name or alias of the other, after case,
/// punctuation, a leading "the", a trailing general head ("project", "line"), a parenthesised alternative ("Pakistan
/// Stream (North-South) Gas Pipeline" is also the North-South Gas Pipeline) and a country before a proper name
/// ("Pakistan Stream Gas Pipeline" is the Stream Gas Pipeline) are set aside.</item>
/// <item>An analyst's <see cref="IdentityDecisions"/> come last: a split takes a surface form away from an entity and
/// from every rule above; a merge joins what it names, under its canonical name.</item>
/// </list>
/// Persons take the id of their fullest name; other joined entities the ordinally smallest id; a merge decision the
/// id of the member that already bears its canonical name.
/// </summary>
public static class IdentityResolver
{
    /// <summary>Trailing words that say what kind of work a project is, not which one.</summary>
    private static readonly string[] GeneralHeads = ["project", "projects", "line", "programme", "program", "scheme", "initiative"];

    /// <summary>
    /// Resolves identities over <paramref name="entities"/> (keyed by id), which is updated in place: joined entities
    /// become one node under the surviving id. Returns the id each joined entity moved to.
    /// </summary>
    public static SortedDictionary<string, string> Resolve(Dictionary<string, GraphNode> entities, IdentityDecisions decisions)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(decisions);
        var blocked = ApplySplits(entities, decisions.Splits);
        var ids = entities.Keys.Order(StringComparer.Ordinal).ToArray();
        var parent = ids.ToDictionary(id => id, id => id, StringComparer.Ordinal);
        string Find(string id) => parent[id] == id ? id : parent[id] = Find(parent[id]);
        void Union(string a, string b)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra == rb) return;
            if (string.CompareOrdinal(ra, rb) < 0) parent[rb] = ra; else parent[ra] = rb;
        }

        JoinSurnames(entities, blocked, Union);
        JoinWorks(entities, blocked, Union);
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var merge in decisions.Merges)
        {
            var members = Matching(entities, merge).ToList();
            for (var i = 1; i < members.Count; i++) Union(members[0], members[i]);
            if (members.Count > 0) canonical[Find(members[0])] = merge.Name;
        }
        // Roots may have moved since a canonical name was recorded against them.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (root, name) in canonical) names[Find(root)] = name;

        var remap = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in ids.GroupBy(Find, StringComparer.Ordinal))
        {
            var members = group.ToArray();
            if (members.Length == 1 && !names.ContainsKey(group.Key)) continue;
            names.TryGetValue(group.Key, out var name);
            var target = Survivor(entities, members, name);
            var merged = entities[target];
            foreach (var id in members.Where(m => m != target))
            {
                merged = PropertyMerger.Merge(merged, new GraphNode(target, merged.Label, entities[id].Properties.Where(p => p.Key != "id")));
                entities.Remove(id);
                remap[id] = target;
            }
            if (name is not null && merged.Name != name) merged = Renamed(merged, name);
            entities[target] = WithoutSplitAliases(merged, members, blocked);
        }
        // A split may name an entity only a merge made ("split Okafor from Amina Bello-Okafor"): it applies to the result too.
        ApplySplits(entities, decisions.Splits);
        return remap;
    }

    /// <summary>The node that gives a joined group its id: the one bearing the decided name, else for people the fullest name, else the smallest id.</summary>
    private static string Survivor(Dictionary<string, GraphNode> entities, string[] members, string? name)
    {
        if (name is not null && members.FirstOrDefault(m => Key(entities[m].Name ?? "") == Key(name)) is { } named) return named;
        if (entities[members[0]].Label != NodeLabel.Person) return members.Min(StringComparer.Ordinal)!;
        var best = members[0];
        foreach (var m in members.Skip(1))
        {
            if (PropertyMerger.IsPreferredName(entities[m].Name ?? "", entities[best].Name ?? "")) best = m;
        }
        return best;
    }

    private static GraphNode Renamed(GraphNode node, string name)
    {
        var aliases = new SortedSet<string>(node.Aliases, StringComparer.Ordinal);
        if (node.Name is { } old) aliases.Add(old);
        aliases.Remove(name);
        var props = node.Properties.Where(p => p.Key is not ("id" or "name" or "aliases")).ToList();
        props.Add(new("name", name));
        props.Add(new("aliases", aliases.ToArray()));
        return new GraphNode(node.Id, node.Label, props);
    }

    /// <summary>Takes each split's surface form away from its entity; returns (entity id, name key) pairs no rule may join through.</summary>
    private static HashSet<(string Id, string Key)> ApplySplits(Dictionary<string, GraphNode> entities, IReadOnlyList<SplitDecision> splits)
    {
        var blocked = new HashSet<(string, string)>();
        foreach (var split in splits)
        {
            var key = Key(split.Alias);
            foreach (var id in entities.Keys.Where(id => id == split.From || Key(entities[id].Name ?? "") == Key(split.From)).ToList())
            {
                blocked.Add((id, key));
                entities[id] = WithoutAliases(entities[id], a => Key(a) == key);
            }
        }
        return blocked;
    }

    private static GraphNode WithoutSplitAliases(GraphNode node, IEnumerable<string> members, HashSet<(string Id, string Key)> blocked)
    {
        var keys = blocked.Where(b => members.Contains(b.Id, StringComparer.Ordinal)).Select(b => b.Key).ToHashSet(StringComparer.Ordinal);
        return keys.Count == 0 ? node : WithoutAliases(node, a => keys.Contains(Key(a)));
    }

    private static GraphNode WithoutAliases(GraphNode node, Func<string, bool> remove)
    {
        if (!node.Aliases.Any(remove)) return node;
        var props = node.Properties.Where(p => p.Key is not ("id" or "aliases")).ToList();
        props.Add(new("aliases", node.Aliases.Where(a => !remove(a)).ToArray()));
        return new GraphNode(node.Id, node.Label, props);
    }

    /// <summary>
    /// "Reagan" joins "Ronald Reagan" when no other full name ends in "Reagan"; otherwise it stays apart with the
    /// full names it may stand for in <c>candidates</c>.
    /// </summary>
    private static void JoinSurnames(Dictionary<string, GraphNode> entities, HashSet<(string Id, string Key)> blocked, Action<string, string> union)
    {
        var people = entities.Values.Where(e => e.Label == NodeLabel.Person && e.Name is not null).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var bySurname = new Dictionary<string, List<GraphNode>>(StringComparer.Ordinal);
        foreach (var p in people)
        {
            var words = p.Name!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2) continue;
            var surname = Key(words[^1]);
            if (!bySurname.TryGetValue(surname, out var list)) bySurname[surname] = list = [];
            list.Add(p);
        }
        foreach (var p in people)
        {
            if (p.Name!.Contains(' ', StringComparison.Ordinal)) continue;
            var key = Key(p.Name);
            if (!bySurname.TryGetValue(key, out var full)) continue;
            var allowed = full.Where(f => !blocked.Contains((f.Id, key)) && !blocked.Contains((p.Id, Key(f.Name!)))).ToList();
            if (allowed.Count == 1)
            {
                union(p.Id, allowed[0].Id);
            }
            else if (allowed.Count > 1)
            {
                var props = p.Properties.Where(x => x.Key is not ("id" or "candidates")).ToList();
                props.Add(new("candidates", allowed.Select(f => f.Name!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray()));
                entities[p.Id] = new GraphNode(p.Id, p.Label, props);
            }
        }
    }

    /// <summary>Projects and conflicts that share a name once the words that do not tell them apart are set aside.</summary>
    private static void JoinWorks(Dictionary<string, GraphNode> entities, HashSet<(string Id, string Key)> blocked, Action<string, string> union)
    {
        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in entities.Values.Where(e => e.Label == NodeLabel.Country))
        {
            foreach (var n in c.Aliases.Append(c.Name ?? "").Where(n => n.Length > 0)) countries.Add(Key(n));
        }
        foreach (var label in new[] { NodeLabel.Project, NodeLabel.Conflict })
        {
            var owner = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var node in entities.Values.Where(e => e.Label == label).OrderBy(e => e.Id, StringComparer.Ordinal))
            {
                foreach (var name in node.Aliases.Append(node.Name ?? "").Where(n => n.Length > 0))
                {
                    if (blocked.Contains((node.Id, Key(name)))) continue;
                    foreach (var key in Forms(name, countries))
                    {
                        if (owner.TryGetValue(key, out var other)) union(node.Id, other);
                        else owner[key] = node.Id;
                    }
                }
            }
        }
    }

    /// <summary>
    /// The keys a work's name is compared by: the name itself, then without a trailing general head, with each side of
    /// a parenthesised alternative, and without countries before a proper name. A key that is only a general head or
    /// only lower-case words is never one that joins (any "gas pipeline" is not every other).
    /// </summary>
    internal static IEnumerable<string> Forms(string name, IReadOnlySet<string> countries)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        var variants = new List<string> { name };
        // "Pakistan Stream (North-South) Gas Pipeline": with the bracket's words in place of those before it, and without them.
        var open = name.IndexOf('(', StringComparison.Ordinal);
        var close = open >= 0 ? name.IndexOf(')', open) : -1;
        if (open > 0 && close > open)
        {
            var inner = name[(open + 1)..close].Trim();
            var before = name[..open].Trim();
            var after = name[(close + 1)..].Trim();
            variants.Add(string.Join(' ', new[] { before, after }.Where(s => s.Length > 0)));
            var beforeWords = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // The alternative stands for the words it follows, up to the first of them that is a country.
            var kept = beforeWords.TakeWhile((w, i) => i == 0 ? countries.Contains(Key(w)) : false).ToArray();
            variants.Add(string.Join(' ', kept.Append(inner).Append(after).Where(s => s.Length > 0)));
            variants.Add(string.Join(' ', new[] { inner, after }.Where(s => s.Length > 0)));
        }
        foreach (var variant in variants.ToList())
        {
            var words = variant.Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            // Without a trailing general head: "Stream Gas Pipeline project".
            if (words.Count > 2 && GeneralHeads.Contains(words[^1].ToLowerInvariant())) variants.Add(string.Join(' ', words[..^1]));
        }
        foreach (var variant in variants.ToList())
        {
            var words = variant.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            // Without countries before a proper name: "Pakistan Stream Gas Pipeline" is the Stream Gas Pipeline.
            var k = 0;
            while (k < words.Count - 1 && countries.Contains(Key(words[k]))) k++;
            if (k > 0) variants.Add(string.Join(' ', words.Skip(k)));
        }
        foreach (var variant in variants)
        {
            if (IsProperName(variant)) keys.Add(Key(variant));
        }
        return keys;
    }

    /// <summary>Whether a name has at least two capitalised words besides its head, so that it names one work rather than a kind.</summary>
    private static bool IsProperName(string name)
    {
        var words = name.Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return words.Length == 1 && words[0].Length > 1 && words[0].All(c => char.IsUpper(c) || char.IsDigit(c));
        return words.Count(w => char.IsUpper(w[0])) >= 2 && !words.All(w => GeneralHeads.Contains(w.ToLowerInvariant()));
    }

    /// <summary>Entities a merge decision names, by id, or by name or alias (with its label when it gives one).</summary>
    private static IEnumerable<string> Matching(Dictionary<string, GraphNode> entities, MergeDecision merge)
    {
        var wanted = merge.Members.Append(merge.Name).Select(Key).ToHashSet(StringComparer.Ordinal);
        var byId = merge.Members.ToHashSet(StringComparer.Ordinal);
        foreach (var node in entities.Values.OrderBy(n => n.Id, StringComparer.Ordinal))
        {
            if (merge.Label is { } label && node.Label != label) continue;
            if (!node.Label.IsEntity()) continue;
            if (byId.Contains(node.Id) || node.Aliases.Append(node.Name ?? "").Any(n => n.Length > 0 && wanted.Contains(Key(n)))) yield return node.Id;
        }
    }

    /// <summary>A name as compared: case, punctuation and a leading "the" do not count.</summary>
    internal static string Key(string name)
    {
        var text = name.Trim();
        if (text.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) text = text[4..];
        return GraphIds.Slug(text);
    }
}
