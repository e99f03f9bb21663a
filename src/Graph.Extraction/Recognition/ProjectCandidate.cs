using Graph.Model;

namespace Graph.Extraction.Recognition;

/// <summary>A project name read at one place in the text.</summary>
/// <param name="Key">The project within the document: candidates with one key are one project.</param>
/// <param name="Name">The name as it should be shown ("U.S.-Canada free trade agreement").</param>
/// <param name="Aliases">Other forms read at this place ("free trade agreement with Canada").</param>
/// <param name="Parties">Countries and organisations the name involves.</param>
/// <param name="Family">The head's family (agreement, programme, infrastructure...), for later references.</param>
/// <param name="Sentence">Index of the sentence.</param>
/// <param name="Start">Offset of the mention.</param>
/// <param name="End">Offset one past it.</param>
/// <param name="Named">Whether it carries a proper name (capitalised head), which wins as the canonical name.</param>
/// <param name="Acronym">An acronym defined in parentheses after it, if any.</param>
/// <param name="Surface">
/// What the mention stands for when one stretch of text names several projects ("the Canadian and Israeli pacts"
/// is the Canadian pact for one and the Israeli pact for the other); null when it is the text itself.
/// </param>
/// <param name="Head">The head noun in its dictionary form ("pipeline"), which a later "the pipeline" must repeat.</param>
/// <param name="Descriptive">
/// Whether the name is only words describing the head ("the grain deal"): such a project is the one named more
/// fully elsewhere in the document ("the nuclear deal with Iran") when there is one.
/// </param>
/// <param name="Purpose">The infinitive of purpose after its head ("to resume grain exports"), which may tell which named project it is.</param>
/// <param name="Description">
/// For a project keyed by its parties, the words describing it ("free trade" of "the free trade pact with Canada"):
/// two undertakings of the same parties described differently are two projects. Empty when none or not so keyed.
/// </param>
internal sealed record ProjectCandidate(
    string Key, string Name, List<string> Aliases, List<(NodeLabel Label, string Key)> Parties, string Family,
    int Sentence, int Start, int End, bool Named, string? Acronym, string? Surface = null, string Head = "", bool Descriptive = false, string? Purpose = null,
    string Description = "");
