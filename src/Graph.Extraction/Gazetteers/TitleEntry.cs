namespace Graph.Extraction.Gazetteers;

/// <summary>A title or role that introduces a person.</summary>
/// <param name="Title">The surface form, lower case ("foreign minister").</param>
/// <param name="Role">The canonical role ("Foreign Minister"); empty for honorifics such as "Mr".</param>
/// <param name="Kind"><c>office</c>, <c>honorific</c>, <c>military</c> or <c>org</c>.</param>
public sealed record TitleEntry(string Title, string Role, string Kind)
{
    /// <summary>Whether the title is a courtesy form (Mr, Mrs, Dr) rather than a role.</summary>
    public bool IsHonorific => Kind == "honorific";
}
