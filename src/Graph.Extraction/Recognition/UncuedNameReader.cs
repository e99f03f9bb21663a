using Graph.Extraction.Gazetteers;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Text;
using Graph.Model;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Recognises people named without a title, honorific or speech verb, from what is known of names in general:
/// a leader or official of the Phoenix dictionary ("Alexander Lebed", "Yeltsin"), a given name followed by a
/// capitalised word ("Randall Cunningham", "Jansher Khan"), or initials followed by one ("P. Simmons"). A given
/// name that is also an English word or a place ("Mark", "Jordan") counts only before a word the document never
/// writes in lower case, so "Grant Aid" stays words and "Mark Butcher" does not (the document never writes "butcher").
/// </summary>
internal sealed class UncuedNameReader(PersonNameLexicon names)
{
    /// <summary>Whether the word is a given name that is not also a common word or place.</summary>
    public bool IsStrongGivenName(string word) => names.IsGivenName(word, out var weak) && !weak;

    /// <summary>
    /// Tries the name of <paramref name="length"/> tokens read at <paramref name="index"/>; registers the person and
    /// returns the index after the name, or null when nothing marks it as a person's.
    /// </summary>
    public int? Introduce(ExtractionContext context, int sentence, List<Token> tokens, int index, int length, CapitalizedWords vocabulary)
    {
        var words = PersonRecognizer.WordCount(tokens, index, length);
        // A known leader or official: the longest stretch from here that the dictionary lists.
        if (words >= 2)
        {
            for (var l = length; l >= 2; l--)
            {
                if (!tokens[index + l - 1].IsWord) continue;
                if (names.FindActor(NameReader.Text(context.Text, tokens, index, l)) is not { } actor) continue;
                var person = PersonRecognizer.IntroduceSpan(context, sentence, tokens, index, l, "person.actor");
                RecordCountry(context, person, actor);
                return index + l;
            }
        }
        var first = tokens[index];
        // "P. Simmons", "J.R. Ewing": initials and a surname.
        if (IsInitial(tokens, index) && length >= 3 && words >= 2 && !IsInitial(tokens, index + length - 2) && tokens[index + length - 1].Value.Length >= 2
            && !IsAllCaps(tokens[index + length - 1].Value))
        {
            PersonRecognizer.IntroduceSpan(context, sentence, tokens, index, length, "person.initials");
            return index + length;
        }
        // "Randall Cunningham", "Muammar Gaddafi", "Hun Sen": a given name and at least one more word of a name.
        if (words >= 2 && names.IsGivenName(first.Value, out var weak) && !IsAllCaps(first.Value))
        {
            var next = tokens[index + 1];
            if (names.IsPlace(first.Value, next.Value)) return null;
            if (weak && (!next.IsWord || vocabulary.IsWrittenInLowercase(next.Value) || names.IsGivenName(next.Value, out var nextWeak) && nextWeak)) return null;
            // "Jordan Valley", "Chelsea Harbour": the last word is a common word in this document.
            var last = tokens[index + length - 1];
            if (vocabulary.IsWrittenInLowercase(last.Value) && !names.IsActorSurname(last.Value, out _)) return null;
            PersonRecognizer.IntroduceSpan(context, sentence, tokens, index, length, "person.given-name");
            return index + length;
        }
        // "Yeltsin", "Arafat": a surname the dictionary lets stand alone, when nothing else claims the word.
        if (words == 1 && length == 1 && names.IsActorSurname(first.Value, out var only) && !IsAllCaps(first.Value))
        {
            var person = PersonRecognizer.IntroduceSpan(context, sentence, tokens, index, 1, "person.actor-surname");
            if (only is not null) RecordCountry(context, person, only);
            return index + 1;
        }
        return null;
    }

    /// <summary>The actor's country becomes the person's affiliation when there is one and the document falls in the actor's years.</summary>
    private static void RecordCountry(ExtractionContext context, PersonRegistry.PersonRecord person, PoliticalActorEntry actor)
    {
        if (actor.Countries.Count != 1) return;
        if (context.Document.Date is { } date && (actor.Start is { } start && date.Year < start || actor.End is { } end && date.Year > end)) return;
        if (!context.Gazetteer.CountriesById.ContainsKey(actor.Countries[0])) return;
        person.AddRole(new PersonRole("", NodeLabel.Country, actor.Countries[0]));
    }

    private static bool IsInitial(List<Token> tokens, int index) =>
        tokens[index].Value.Length == 1 && char.IsUpper(tokens[index].Value[0])
        && index + 1 < tokens.Count && tokens[index + 1].Value == "." && tokens[index + 1].Start == tokens[index].End;

    private static bool IsAllCaps(string word) => word.Length > 1 && !word.Any(char.IsLower);
}
