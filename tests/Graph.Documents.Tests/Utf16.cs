namespace Graph.Documents.Tests;

/// <summary>Checks on UTF-16 text that the tests share.</summary>
internal static class Utf16
{
    /// <summary>True when some half of a surrogate pair stands without its partner (text no UTF encoding can carry).</summary>
    public static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            else if (char.IsSurrogate(s[i])) return true;
        }
        return false;
    }
}
