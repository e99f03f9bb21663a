namespace Graph.Documents;

/// <summary>Parts of an article that are not its body and that extraction must not read as prose.</summary>
public enum RegionKind
{
    /// <summary>The leading <c>date YYYY-MM-DD</c> marker.</summary>
    DateMarker,
    /// <summary>A headline (all-caps newswire headline or a title line).</summary>
    Headline,
    /// <summary>"By Name" lines.</summary>
    Byline,
    /// <summary>The place (and date, agency) opening the first paragraph: <c>WASHINGTON, March 3 - </c>.</summary>
    Dateline,
    /// <summary>A photo caption.</summary>
    Caption,
    /// <summary>A copyright line.</summary>
    Copyright,
    /// <summary>An agency sign-off such as a closing <c>Reuter</c> line.</summary>
    Signoff,
}
