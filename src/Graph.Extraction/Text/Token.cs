namespace Graph.Extraction.Text;

/// <summary>A word or punctuation mark, with its offsets in the document text.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Value">The token's text.</param>
public readonly record struct Token(int Start, int End, string Value)
{
    /// <summary>Whether the token starts with a letter or digit.</summary>
    public bool IsWord => Value.Length > 0 && char.IsLetterOrDigit(Value[0]);

    /// <summary>Whether the token starts with an upper-case letter.</summary>
    public bool IsCapitalized => Value.Length > 0 && char.IsUpper(Value[0]);
}
