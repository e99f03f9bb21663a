namespace Graph.Extraction.Recognition;

/// <summary>
/// The people named in one document. A person is known by the fullest form of their name seen; a later
/// "Lavrov" or "Mr Lavrov" resolves to "Sergey Lavrov", and a full name seen after a surname absorbs it.
/// </summary>
public sealed class PersonRegistry
{
    private readonly List<PersonRecord> _people = [];

    /// <summary>A person of the document.</summary>
    public sealed class PersonRecord(string key)
    {
        /// <summary>Stable key within the document ("p0", "p1"...).</summary>
        public string Key { get; } = key;

        /// <summary>The fullest form of the name seen.</summary>
        public string Name { get; internal set; } = "";

        /// <summary>Every form seen.</summary>
        public SortedSet<string> Forms { get; } = new(StringComparer.Ordinal);

        /// <summary>Roles the document gives the person, in the order found.</summary>
        public List<PersonRole> Roles { get; } = [];

        /// <summary>Sentence of a "his Pakistani counterpart X" introduction: X holds the office of the other person there.</summary>
        public int? CounterpartSentence { get; set; }

        /// <summary>People introduced as this person's counterparts, who take the office once it is known.</summary>
        public List<PersonRecord> Counterparts { get; } = [];

        /// <summary>'m' or 'f' when the document tells (Mr, Mrs, a gendered title), else null.</summary>
        public char? Gender { get; set; }

        /// <summary>The country the person speaks for, when a role tells.</summary>
        public string? Country => Roles.FirstOrDefault(r => r.AffiliationLabel == Model.NodeLabel.Country)?.AffiliationKey;

        /// <summary>The person's main role, when known.</summary>
        public string? Role => Roles.FirstOrDefault(r => r.Role.Length > 0)?.Role;

        /// <summary>Adds a role unless the same one is known; fills in a missing role or affiliation of a known one.</summary>
        public void AddRole(PersonRole role)
        {
            if (Roles.Contains(role)) return;
            // An office without a country and a country without an office are two halves of one role.
            for (var i = 0; i < Roles.Count; i++)
            {
                var r = Roles[i];
                if (r.Role.Length == 0 && r.AffiliationKey is not null && role.Role.Length > 0 && role.AffiliationKey is null) { Roles[i] = r with { Role = role.Role }; return; }
                if (r.Role.Length > 0 && r.AffiliationKey is null && role.Role.Length == 0 && role.AffiliationKey is not null) { Roles[i] = role with { Role = r.Role }; return; }
            }
            for (var i = 0; i < Roles.Count; i++)
            {
                var r = Roles[i];
                if (r.Role == role.Role && r.AffiliationKey is null && role.AffiliationKey is not null) { Roles[i] = role; return; }
                if (r.AffiliationKey == role.AffiliationKey && r.Role.Length == 0 && role.Role.Length > 0) { Roles[i] = role; return; }
                if (role.Role.Length == 0 && r.AffiliationKey == role.AffiliationKey) return;
                if (role.AffiliationKey is null && r.Role == role.Role) return;
            }
            Roles.Add(role);
        }

        /// <summary>The name's words.</summary>
        public string[] Words => Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        /// <summary>The family name: the last word.</summary>
        public string Surname => Words[^1];
    }

    private readonly Dictionary<string, PersonRecord> _byKey = new(StringComparer.Ordinal);

    /// <summary>Everyone registered, in order of first mention.</summary>
    public IReadOnlyList<PersonRecord> People => _people;

    /// <summary>The person with this key, or null.</summary>
    public PersonRecord? Get(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>Registers a full or partial name and returns the person it belongs to.</summary>
    public PersonRecord Add(string name)
    {
        name = Normalise(name);
        var existing = Find(name);
        if (existing is not null)
        {
            existing.Forms.Add(name);
            if (Model.PropertyMerger.IsPreferredName(name, existing.Name) && Extends(name, existing.Name)) existing.Name = name;
            return existing;
        }
        var person = new PersonRecord("p" + _people.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Name = name };
        person.Forms.Add(name);
        _people.Add(person);
        _byKey[person.Key] = person;
        return person;
    }

    /// <summary>The person a name refers to, or null: the same name, or a surname or shorter form of a known name.</summary>
    public PersonRecord? Find(string name)
    {
        name = Normalise(name);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        // Most recent first: "Mr Smith" after two Smiths means the latest one.
        for (var i = _people.Count - 1; i >= 0; i--)
        {
            var p = _people[i];
            if (p.Forms.Contains(name) || p.Name == name) return p;
        }
        for (var i = _people.Count - 1; i >= 0; i--)
        {
            var p = _people[i];
            if (Extends(p.Name, name) || Extends(name, p.Name)) return p;
        }
        return null;
    }

    /// <summary>The latest person of two words or more whose name opens with this word ("Alan" for "Alan Shearer"), or null.</summary>
    public PersonRecord? FindByFirstName(string word)
    {
        for (var i = _people.Count - 1; i >= 0; i--)
        {
            var words = _people[i].Words;
            if (words.Length >= 2 && words[0] == word) return _people[i];
        }
        return null;
    }

    /// <summary>Whether <paramref name="longer"/> ends with the words of <paramref name="shorter"/> ("Sergey Lavrov" extends "Lavrov").</summary>
    private static bool Extends(string longer, string shorter)
    {
        var l = longer.Split(' ');
        var s = shorter.Split(' ');
        if (s.Length > l.Length) return false;
        for (var i = 1; i <= s.Length; i++)
        {
            // Case-insensitive: "Al-Harthy" opening a sentence is "al-Harthy" elsewhere.
            if (!string.Equals(l[^i], s[^i], StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }

    private static string Normalise(string name)
    {
        // Most names are already single-spaced: only those with other or repeated spaces are rebuilt.
        var span = name.AsSpan();
        if (span.IndexOfAny(OtherSpaces) < 0 && !span.Contains("  ", StringComparison.Ordinal) && (span.Length == 0 || (span[0] != ' ' && span[^1] != ' '))) return name;
        return string.Join(' ', name.Split(Spaces, StringSplitOptions.RemoveEmptyEntries));
    }

    private static readonly char[] Spaces = [' ', '\t', '\n', '\r', '\u00A0'];
    private static readonly System.Buffers.SearchValues<char> OtherSpaces = System.Buffers.SearchValues.Create("\t\n\r\u00A0");
}
