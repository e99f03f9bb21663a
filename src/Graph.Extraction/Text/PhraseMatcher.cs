namespace Graph.Extraction.Text;

/// <summary>
/// Finds known phrases in token sequences: a trie over tokens, longest match first, so "South Korea"
/// wins over "Korea" and a 3,000-entry gazetteer costs one dictionary lookup per token.
/// </summary>
/// <typeparam name="T">What a phrase stands for.</typeparam>
public sealed class PhraseMatcher<T>(bool ignoreCase = false)
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public T? Value;
        public bool HasValue;
    }

    private readonly Node _root = new();
    private readonly StringComparer _comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>Adds a phrase; the first value added for a phrase is kept (shipped data before guesses).</summary>
    public void Add(string phrase, T value)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        if (tokens.Count == 0) return;
        var node = _root;
        foreach (var token in tokens)
        {
            node.Next ??= new Dictionary<string, Node>(_comparer);
            if (!node.Next.TryGetValue(token.Value, out var child))
            {
                child = new Node();
                node.Next[token.Value] = child;
            }
            node = child;
        }
        if (!node.HasValue)
        {
            node.Value = value;
            node.HasValue = true;
        }
    }

    /// <summary>The longest phrase starting at token <paramref name="index"/>: its token count and value, or 0.</summary>
    public (int Length, T? Value) MatchAt(IReadOnlyList<Token> tokens, int index)
    {
        var node = _root;
        var best = 0;
        T? value = default;
        for (var i = index; i < tokens.Count; i++)
        {
            if (node.Next is null || !node.Next.TryGetValue(tokens[i].Value, out var child)) break;
            node = child;
            if (node.HasValue)
            {
                best = i - index + 1;
                value = node.Value;
            }
        }
        return (best, value);
    }

    /// <summary>Leftmost-longest, non-overlapping matches over <paramref name="tokens"/>.</summary>
    public IEnumerable<(int Index, int Length, T Value)> FindAll(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count;)
        {
            var (length, value) = MatchAt(tokens, i);
            if (length > 0)
            {
                yield return (i, length, value!);
                i += length;
            }
            else
            {
                i++;
            }
        }
    }
}
