using Graph.Extraction.Gazetteers;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Text;
using Graph.Model;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Reads the name of a project around its head noun, leftwards: words describing it in lower case ("free
/// trade"), then what names it: capitalised words, an acronym, an organisation, a country or a hyphenated pair of
/// countries; rightwards: "of ..." after a capitalised head ("Trade Act of 1974"), an acronym in parentheses,
/// and the partners of an agreement ("with Canada and Israel", "between Iran and Iraq").
/// </summary>
internal sealed class ProjectNameReader(ExtractionContext context, int sentence, List<Token> tokens, MentionIndex index, CapitalizedWords words, bool[] taken, PhraseMatcher<HeadWordEntry> heads)
{
    /// <summary>The project names whose head is at token <paramref name="h"/>; none when nothing names it.</summary>
    public IEnumerable<ProjectCandidate> Read(int h, int length, HeadWordEntry head)
    {
        var last = h + length - 1;
        var plural = head.IsPlural(tokens[h].Value);
        if (!plural && DefinedBeforeHead(h, last, head) is { } defined)
        {
            yield return defined;
            yield break;
        }
        var capitalised = tokens[h].IsCapitalized && !CapitalizedWords.IsInitial(tokens, h) && !CapitalizedWords.IsAfterAbbreviation(tokens, h);

        // Lower-case words describing it: "free trade", "tanker charter", "arms-for-hostages", "25-year cooperation".
        var j = h - 1;
        var modifiers = 0;
        while (j >= 0 && modifiers < 4 && !taken[j])
        {
            // "De-escalation Initiative", "Co-operation Programme": a lower-case part hyphened to a capitalised one is part of a name word.
            if (j >= 2 && tokens[j].IsWord && char.IsLower(tokens[j].Value[0]) && tokens[j - 1].Value == "-" && Joined(j - 1) && tokens[j - 2].IsWord && tokens[j - 2].IsCapitalized) break;
            if (Joined(j) && j > 0 && (tokens[j - 1].IsWord && char.IsLower(tokens[j - 1].Value[0]) || tokens[j - 1].Value.All(char.IsDigit)) && modifiers > 0)
            {
                j -= 2;
                continue;
            }
            if (!IsModifier(tokens[j])) break;
            modifiers++;
            j--;
        }
        var modStart = j + 1;

        // What names it.
        var nameWords = 0;
        var mentions = new List<Mention>();
        var coordinated = new List<Mention>();
        var pair = false;
        while (j >= 0 && !taken[j])
        {
            var t = tokens[j];
            if (index.EndingAt(tokens, j) is { } e)
            {
                mentions.Add(e.Mention);
                j = e.First - 1;
                // "U.S.-Canada", "U.S.- Japanese".
                if (j >= 1 && tokens[j].Value == "-" && e.Mention.Label == NodeLabel.Country && index.EndingAt(tokens, j - 1) is { Mention.Label: NodeLabel.Country } other)
                {
                    mentions.Add(other.Mention);
                    pair = true;
                    j = other.First - 1;
                    // "Turkmenistan-Afghanistan-Pakistan-India": a chain of countries along the route.
                    while (j >= 1 && tokens[j].Value == "-" && index.EndingAt(tokens, j - 1) is { Mention.Label: NodeLabel.Country } more)
                    {
                        mentions.Add(more.Mention);
                        j = more.First - 1;
                    }
                }
                // "the Canadian and Israeli pacts".
                else if (plural && nameWords == 0 && j >= 1 && tokens[j].Value == "and" && index.EndingAt(tokens, j - 1) is { Mention.Label: NodeLabel.Country } first)
                {
                    coordinated.Add(first.Mention);
                    coordinated.Add(e.Mention);
                    j = first.First - 1;
                }
                continue;
            }
            if (context.IsCovered(t.Start, t.End))
            {
                // A capital read as a place ("the Tokyo summit") is a name word here.
                if (t.IsWord && t.IsCapitalized && context.Mentions.All(m => m.End <= t.Start || m.Start >= t.End))
                {
                    nameWords++;
                    j--;
                    continue;
                }
                break;
            }
            if (words.IsNameWord(tokens, j) || Acronyms.IsAcronym(t))
            {
                nameWords++;
                j--;
                continue;
            }
            // "Belt and Road Initiative", "Nord Stream 2 pipeline".
            if (t.Value is "and" or "&" && nameWords > 0 && j > 0 && !taken[j - 1] && !context.IsCovered(tokens[j - 1].Start, tokens[j - 1].End)
                && words.IsNameWord(tokens, j - 1))
            {
                j--;
                continue;
            }
            if (t.Value.All(char.IsDigit) && t.Value.Length <= 4 && j > 0 && words.IsNameWord(tokens, j - 1) && !context.IsCovered(tokens[j - 1].Start, tokens[j - 1].End))
            {
                j--;
                continue;
            }
            // "Anti-Ballistic", "Intermediate-range", but not "Japanese-led".
            if (Joined(j) && (nameWords > 0 || mentions.Count > 0 && j > 0 && words.IsNameWord(tokens, j - 1))) { j--; continue; }
            if (t.IsWord && char.IsLower(t.Value[0]) && !t.Value.EndsWith("ed", StringComparison.Ordinal) && j >= 2 && Joined(j - 1) && words.IsNameWord(tokens, j - 2)) { j -= 2; continue; }
            // "Punta del Este".
            if (t.Value is "del" or "de" or "da" or "la" or "van" or "von" && nameWords > 0 && j > 0 && words.IsNameWord(tokens, j - 1)) { j--; continue; }
            // "Horn of Africa Initiative", "Gulf of Guinea pipeline", "Law of the Sea Convention": a name with "of"
            // (or "of the") inside names the undertaking.
            // Not when a body's name follows "of the": "in Defense of the United Nations Charter" names the charter.
            var ofThe = t.Value == "the" && nameWords + mentions.Count > 0 && j > 1 && tokens[j - 1].Value == "of" && j + 1 < tokens.Count && tokens[j + 1].IsCapitalized
                && !mentions.Any(m => m.Label is NodeLabel.Organization or NodeLabel.Country && m.Start == tokens[j + 1].Start);
            var of = ofThe ? j - 1 : j;
            if ((ofThe || t.Value == "of") && nameWords + mentions.Count > 0 && of > 0 && !taken[of - 1] && words.IsNameWord(tokens, of - 1) && tokens[of - 1].IsCapitalized
                && !context.IsCovered(tokens[of - 1].Start, tokens[of - 1].End))
            {
                // "Gulf of Guinea" is a sea, not the country Guinea: a country right after the "of" is part of the place name.
                mentions.RemoveAll(m => m.Label == NodeLabel.Country && m.Start == tokens[j + 1].Start);
                j = of - 1;
                continue;
            }
            break;
        }
        var start = j + 1;
        if (start > h - 1 && !capitalised && modifiers == 0) start = h;
        // "the NBC News program" is a broadcast, not an undertaking.
        if (nameWords > 0 && modStart - 1 >= 0 && ProjectWords.Media.Contains(tokens[modStart - 1].Value)) yield break;
        // "Mesa Limited Partnership" is a company's legal form, not an undertaking.
        if (head.Head.Equals("partnership", StringComparison.OrdinalIgnoreCase) && h > 0 && tokens[h - 1].Value is "Limited" or "General" or "Master") yield break;
        var countries = mentions.Where(m => m.Label == NodeLabel.Country && m.Kind is MentionKind.Name or MentionKind.Demonym).ToList();
        var places = mentions.Count(m => m.Label == NodeLabel.Country && m.Kind == MentionKind.Capital);
        var orgs = mentions.Where(m => m.Label == NodeLabel.Organization).ToList();
        var determined = start > 0 && (ProjectWords.Determiners.Contains(tokens[start - 1].Value) || tokens[start - 1].Value is "'s" or "\u2019s"
            // "a new scheme", "the first agreement".
            || start > 1 && tokens[start - 1].Value is "new" or "first" or "second" or "third" or "latest" && ProjectWords.Determiners.Contains(tokens[start - 2].Value));
        Mention? possessor = null;
        if (start > 1 && tokens[start - 1].Value is "'s" or "\u2019s" && index.EndingAt(tokens, start - 2) is { Mention.Label: NodeLabel.Country } owner)
        {
            possessor = owner.Mention;
            determined = true;
        }

        // Rightwards: "of 1974", "(GSP)", "with Canada and Israel".
        var end = last + 1;
        if (capitalised && modifiers == 0 && !plural) end = Continuation(end);
        var partners = new List<Mention>();
        var between = false;
        // Only agreements are named after their partners ("talks with Japan" are no undertaking), and measures
        // after their target ("a trade ban against South Africa").
        var telling = Enumerable.Range(modStart, h - modStart).Any(k => !ProjectWords.VagueAdjectives.Contains(tokens[k].Value));
        var against = false;
        if (end < tokens.Count && tokens[end].Value is "with" or "between" && !capitalised && head.Family == "agreement" && telling)
        {
            between = tokens[end].Value == "between";
            partners = CountryList(end + 1);
            if (between && partners.Count != 2) partners.Clear();
        }
        else if (end < tokens.Count && tokens[end].Value == "against" && head.Family == "measure" && telling)
        {
            against = true;
            partners = CountryList(end + 1);
        }

        // "a 900 billion peso stimulus package": an amount names a programme.
        // Its alias is what the money is for ("stimulus package"). A programme is known by its budget ("the 8.4 billion dlr
        // program"), but "a 2 billion dollar deal" says only how large a deal is, and names none.
        var firstWord = modStart;
        while (firstWord < h && (ProjectWords.Currencies.Contains(tokens[firstWord].Value) || ProjectWords.Scales.Contains(tokens[firstWord].Value))) firstWord++;
        if (nameWords == 0 && mentions.Count == 0 && possessor is null && modifiers > 0 && head.Family is "programme" or "agreement"
            && !plural && IsAmount(start - 1, modStart) is { } amountStart)
        {
            if (amountStart == 0 || !ProjectWords.Determiners.Contains(tokens[amountStart - 1].Value) || firstWord >= h && head.Family == "agreement") yield break;
            var name = Normalise(context.Text[tokens[amountStart].Start..tokens[last].End]);
            var aliases = new List<string>();
            if (firstWord < h) aliases.Add(Normalise(context.Text[tokens[firstWord].Start..tokens[last].End]));
            yield return new ProjectCandidate("name/" + name.ToLowerInvariant(), name, aliases, [], head.Family, sentence, tokens[amountStart].Start, tokens[last].End, Named: false, Acronym: null, Head: head.Head);
            yield break;
        }

        // "Stream Gas Pipeline project": a general head after a capitalised one leaves the name to it.
        var trailing = !capitalised && modifiers == 0 && ProjectWords.TrailingHeads.Contains(tokens[h].Value) && h > start && tokens[h - 1].IsCapitalized
            && heads.MatchAt(tokens, h - 1) is { Length: 1, Value.Kind: not "anchored" };
        var named = (capitalised || trailing) && modifiers == 0 && head.Kind != "anchored"
            && (nameWords > 0 || places > 0 || end > last + 1 || mentions.Count > 0 && head.Kind == "name" && orgs.Count == 0);
        // "a Memorandum of Understanding", "a Letter of Intent": the capitalised name of a kind of document names none.
        if (named && nameWords == 0 && places == 0 && mentions.Count == 0 && end > last + 1
            && ProjectWords.DocumentKinds.Contains(Normalise(context.Text[tokens[h].Start..tokens[end - 1].End]))) yield break;
        // "the Minsk agreements", "the Oslo Accords": a set of agreements known by one name.
        var namedSet = plural && head.Family == "agreement" && modifiers == 0 && (nameWords > 0 || places > 0) && mentions.Count == places && coordinated.Count == 0;
        (string Text, int End, string? Fuller)? aim = null;
        if (!named)
        {
            if (head.Kind == "title") yield break;
            // "Shultz plan to discuss": a head that is also a verb, with nothing that makes it a noun.
            if (!determined && end < tokens.Count && tokens[end].Value == "to") yield break;
            // "Finance Minister Ana Ruiz plan": a person's title before the name words.
            if (nameWords > 0 && start >= 2 && tokens[start - 1].Value == "of" && tokens[start - 2].IsCapitalized) yield break;
            var anchorless = nameWords == 0 && places == 0 && mentions.Count == 0;
            // "talks in Geneva", "the summit in Lima": a meeting named by where it is held, as "the Geneva talks" is.
            if (anchorless && possessor is null && head.Family is "negotiation" or "meeting" && Venue(last + 1) is { } venue)
            {
                var firstTelling = FirstTelling(modStart, h);
                var described = firstTelling < h ? Normalise(context.Text[tokens[firstTelling].Start..tokens[h].Start]) + " " : "";
                var name = Normalise($"{venue.Text} {described}{context.Text[tokens[h].Start..tokens[last].End]}");
                var asWritten = Normalise(context.Text[tokens[firstTelling].Start..tokens[venue.End - 1].End]);
                yield return new ProjectCandidate(ProperNameKey(name), name, [asWritten], [], head.Family, sentence,
                    tokens[firstTelling].Start, tokens[venue.End - 1].End, Named: true, Acronym: null, Surface: asWritten, Head: head.Head);
                yield break;
            }
            if (plural && partners.Count == 0 && coordinated.Count == 0 && !namedSet) yield break;
            if (anchorless && possessor is null && partners.Count == 0)
            {
                if (!plural && Described(h, last, modStart, modifiers, head) is { } described) yield return described;
                yield break;
            }
            if (anchorless && possessor is null && modifiers == 0) yield break;
            var oneCountry = nameWords == 0 && places == 0 && !pair && orgs.Count == 0 && countries.Count == 1 || anchorless && possessor is not null;
            if (oneCountry && partners.Count == 0)
            {
                // "the Canadian pact", "the Iran arms deal", "Japan's economic package"; never "Japanese talks".
                if (head.Family is "negotiation" or "meeting" || !determined) yield break;
                // "the U.S. plan to end farm subsidies", "Japan's plan to spur spending": a country's plan named by its aim.
                aim = head.Family == "programme" && !plural ? Purpose(last + 1) : null;
                // "Iraq's pipeline", "Norway's boycott", "the Canadian pact"; but "Japan's agreement to open its market"
                // is Japan agreeing.
                if (modifiers == 0 && aim is null && !(head.Family is "infrastructure" or "measure" || head.Family == "agreement" && possessor is null)) yield break;
            }
            // "an EC plan", "IMF aid" need their article to be one undertaking; talks and summits held by a body
            // are one by themselves ("in GATT multilateral trade negotiations", "at OPEC talks").
            if (nameWords == 0 && places == 0 && !pair && orgs.Count > 0 && !determined && head.Family is not ("negotiation" or "meeting")) yield break;
            // A ban or an embargo is named by who imposes it or against whom, not by other words.
            if (head.Family == "measure" && partners.Count == 0 && (nameWords > 0 || places > 0 || orgs.Count > 0 || countries.Count == 0 && possessor is null)) yield break;
        }

        // "Norway's boycott": a possessor that is all the anchor there is belongs to the name.
        var nameStart = possessor is not null && nameWords == 0 && mentions.Count == 0 && index.EndingAt(tokens, start - 2) is { } p
            ? tokens[p.First].Start
            : tokens[start].Start;
        // The mention starts after the countries and organisations at its start ("U.S.-Canada free trade
        // agreement" from "free"), so that a look-up by offset still finds them there; its surface is the whole name.
        var mentionStart = start;
        while (mentionStart < h)
        {
            if (index.StartingAt(tokens, mentionStart) is { } anchor) mentionStart += anchor.Length;
            else if (tokens[mentionStart].Value is "-" or "/" or "'s" or "\u2019s") mentionStart++;
            else break;
        }
        var spanStart = tokens[mentionStart].Start;
        var headEnd = tokens[last].End;
        var spanEnd = tokens[end - 1].End;
        var singular = Normalise(context.Text[nameStart..tokens[h].Start] + (plural ? head.Head : context.Text[tokens[h].Start..headEnd]));
        var written = Normalise(context.Text[nameStart..spanEnd]);
        var acronym = Acronym(end, written);
        var describing = modifiers > 0 ? Normalise(context.Text[tokens[modStart].Start..tokens[h].Start]) + " " : "";
        // The name keeps what tells which it is: "an extensive trade ban" is the trade ban.
        var vague = FirstTelling(modStart, h);
        var fullDescribing = describing;
        describing = vague < h ? Normalise(context.Text[tokens[vague].Start..tokens[h].Start]) + " " : "";
        // "Stream Gas Pipeline project" is a pipeline: "the pipeline" refers to it later.
        var innerHead = trailing && named ? heads.MatchAt(tokens, h - 1).Value : null;
        var family = innerHead?.Family ?? head.Family;
        var headWord = innerHead?.Head ?? head.Head;

        if (partners.Count > 0 && against)
        {
            var by = countries.Count == 1 && nameWords == 0 ? countries[0] : possessor;
            foreach (var x in partners)
            {
                var parties = new List<(NodeLabel, string)> { (NodeLabel.Country, x.Key) };
                if (by is not null && by.Key != x.Key) parties.Add((NodeLabel.Country, by.Key));
                var name = $"{describing}{head.Head} against {x.Surface}";
                var aliases = fullDescribing != describing ? new List<string> { $"{fullDescribing}{head.Head} against {x.Surface}" } : [];
                yield return new ProjectCandidate(CountriesKey([parties[0]], family), name, aliases, parties, family, sentence, spanStart, headEnd, Named: false, Acronym: null,
                    Surface: name, Head: headWord, Description: Describes(describing));
            }
            yield break;
        }
        if (partners.Count > 0)
        {
            var anchor = countries.Count == 1 && nameWords == 0 ? countries[0] : possessor;
            var list = between ? [partners[0]] : partners;
            foreach (var x in list)
            {
                var other = between ? partners[1] : anchor;
                var parties = new List<(NodeLabel, string)> { (NodeLabel.Country, x.Key) };
                var aliases = new List<string> { describing + head.Head + (between ? $" between {x.Surface} and {other!.Surface}" : " with " + x.Surface) };
                // "the nuclear deal with Iran" is also the Iran nuclear deal.
                if (!between && other is null && describing.Length > 0 && x.Kind == MentionKind.Name) aliases.Add($"{x.Surface} {describing}{head.Head}");
                // "its chip pact with Japan" is also, within the article, the chip pact: the partners are a complement, not the name.
                if (describing.Length > 0) aliases.Add(describing + head.Head);
                string name;
                if (other is not null && other.Key != x.Key)
                {
                    parties.Insert(0, (NodeLabel.Country, other.Key));
                    // In the order written: "between Turkey and Ukraine" is the Turkey-Ukraine agreement.
                    name = between ? $"{Surface(x)}-{Surface(other)} {describing}{head.Head}" : $"{Surface(other)}-{Surface(x)} {describing}{head.Head}";
                }
                else
                {
                    name = aliases[0];
                }
                yield return new ProjectCandidate(CountriesKey(parties, family), name, aliases, parties, family, sentence, spanStart, headEnd, Named: false, Acronym: null,
                    Surface: aliases[0], Head: headWord, Description: Describes(describing));
            }
            yield break;
        }
        if (coordinated.Count > 0)
        {
            foreach (var c in coordinated)
            {
                var parties = new List<(NodeLabel, string)> { (NodeLabel.Country, c.Key) };
                var name = $"{Surface(c)} {describing}{head.Head}";
                yield return new ProjectCandidate(CountriesKey(parties, family), name, [], parties, family, sentence, spanStart, headEnd, Named: false, Acronym: null, Surface: name, Head: headWord,
                    Description: Describes(describing));
            }
            yield break;
        }

        var partiesOf = countries.Select(c => (NodeLabel.Country, c.Key)).Concat(orgs.Select(o => (NodeLabel.Organization, o.Key))).Distinct().ToList();
        if (possessor is not null) partiesOf.Insert(0, (NodeLabel.Country, possessor.Key));
        var extra = new List<string>();
        // A capitalised plural is a name as written ("Blue Nile Cascade Dams"); a lower-case one is the kind in the singular.
        string canonical = plural && !namedSet && !(named && capitalised) ? singular : written;
        if (aim is { } why)
        {
            extra.Add(canonical);
            if (why.Fuller is { } fullerAim) extra.Add(Normalise(canonical + " " + fullerAim));
            canonical = Normalise(canonical + " " + why.Text);
        }
        // "Stream Gas Pipeline project" is the Stream Gas Pipeline.
        if (trailing && named)
        {
            extra.Add(canonical);
            canonical = Normalise(context.Text[nameStart..tokens[h - 1].End]);
        }
        string key;
        if (nameWords == 0 && places == 0 && orgs.Count == 0 && partiesOf.Count > 0 && !named)
        {
            key = CountriesKey(partiesOf, family);
        }
        else
        {
            // The core of a proper name, without the country before it: "Pakistan Stream Gas Pipeline" is the
            // Stream Gas Pipeline.
            var coreStart = tokens[start].Start;
            // A country joined to the next by a hyphen is part of the name: "China-Pakistan Economic Corridor".
            while (index.StartingAt(tokens, TokenIndex(coreStart)) is { Mention.Label: NodeLabel.Country } q && q.Mention.Kind != MentionKind.Capital
                && TokenIndex(coreStart) + q.Length < h && tokens[TokenIndex(coreStart) + q.Length].Value is not ("-" or "/"))
            {
                coreStart = tokens[TokenIndex(coreStart) + q.Length].Start;
            }
            var core = Normalise(context.Text[coreStart..tokens[h].Start] + (plural && !namedSet ? head.Head : context.Text[tokens[h].Start..spanEnd]));
            if (extra.Count > 0) core = core[..core.LastIndexOf(' ')];
            key = ProperNameKey(core);
            if (core != canonical) extra.Add(core);
        }
        if (acronym is not null) extra.Add(acronym);
        var surface = nameStart < spanStart ? written : null;
        yield return new ProjectCandidate(key, canonical, extra, partiesOf, family, sentence, spanStart, spanEnd, named, acronym, surface, headWord,
            Description: key.StartsWith("countries/", StringComparison.Ordinal) ? Describes(describing) : "");
    }

    /// <summary>
    /// The place after "in" that names a meeting: a capital ("in Vienna") or a city's capitalised name not read as
    /// anything else ("in Geneva", "in New York"), and nothing capitalised after it ("in Geneva Convention" is no
    /// venue). Months and days are no places. Null when there is none.
    /// </summary>
    private (string Text, int End)? Venue(int at)
    {
        if (at + 1 >= tokens.Count || tokens[at].Value != "in") return null;
        var k = at + 1;
        if (index.StartingAt(tokens, k) is { } capital)
        {
            if (capital.Mention.Label != NodeLabel.Country || capital.Mention.Kind != MentionKind.Capital) return null;
            k += capital.Length;
        }
        else
        {
            // A capital after "in" is kept as a place, not the country (the gazetteer reserves it): a name word all the same.
            while (k < tokens.Count && k < at + 3 && words.IsNameWord(tokens, k) && context.Mentions.All(m => m.End <= tokens[k].Start || m.Start >= tokens[k].End)) k++;
            if (k == at + 1) return null;
            // "talks in Geneva Convention matters": a name ending in a head is an undertaking, not a place.
            if (heads.MatchAt(tokens, k - 1).Length > 0) return null;
        }
        if (k < tokens.Count && tokens[k].IsCapitalized && tokens[k].IsWord) return null;
        return (Normalise(context.Text[tokens[at + 1].Start..tokens[k - 1].End]), k);
    }

    /// <summary>The first modifier between <paramref name="from"/> and the head that tells which undertaking it is, past vague ones ("an extensive trade ban").</summary>
    private int FirstTelling(int from, int head)
    {
        while (from < head && ProjectWords.VagueAdjectives.Contains(tokens[from].Value)) from++;
        return from;
    }

    /// <summary>The key of a project known by a proper name: the same for "U.S.-Japan pact" and "US-Japan pact".</summary>
    private static string ProperNameKey(string name) => "name/" + name.ToLowerInvariant().Replace(".", "", StringComparison.Ordinal);

    /// <summary>
    /// "the grain deal", "the north-south transport corridor", "an oil swap", "a gas pipeline from Turkmenistan to
    /// Azerbaijan", "the railway between Zahedan and Chabahar": an undertaking named only by words describing it.
    /// The definite article makes a described agreement, programme or work one particular undertaking; an indefinite
    /// one is only when a route names it ("a pipeline from X to Y") or the head is an exchange of named goods
    /// ("an oil swap"). "An agreement", "the new agreement" and "talks" alone describe nothing.
    /// </summary>
    private ProjectCandidate? Described(int h, int last, int modStart, int modifiers, HeadWordEntry head)
    {
        if (!ProjectWords.DescribedHeads.Contains(head.Head)) return null;
        var headEnd = last + 1;
        // "the grain deal talks": the head describes the noun after it.
        if (headEnd < tokens.Count && tokens[headEnd].IsWord && char.IsLower(tokens[headEnd].Value[0])
            && (ProjectWords.AfterCompoundHead.Contains(tokens[headEnd].Value) || heads.MatchAt(tokens, headEnd).Length > 0)) return null;
        // The determiner, past a year and participles: "the 2015 nuclear deal", "the long-delayed gas pipeline".
        var d = modStart - 1;
        var year = -1;
        while (d >= 0 && modStart - d <= 4)
        {
            var t = tokens[d];
            if (t.Value.Length == 4 && t.Value.All(char.IsDigit)) year = d;
            // "a new scheme", "the first arms control agreement": which one in a series, before what describes it.
            else if (t.Value is "new" or "first" or "second" or "third" or "latest") { }
            // "UN-brokered", "long-delayed": any word joined to the participle.
            else if (!(t.IsWord && char.IsLower(t.Value[0]) && t.Value.EndsWith("ed", StringComparison.Ordinal) && !ProjectWords.NotModifiers.Contains(t.Value)) && !Joined(d)
                && !(d > 0 && Joined(d - 1) && t.IsWord && char.IsLower(t.Value[0])) && !(t.IsWord && Joined(d + 1))) break;
            d--;
        }
        if (d < 0) return null;
        var article = tokens[d].Value.ToLowerInvariant();
        // "their bilateral chip pact", "today's agreement": a possessive determiner makes it one particular undertaking,
        // as "the" does.
        if (article is "its" or "their" or "his" or "her" or "our"
            || article is "'s" or "\u2019s" && d > 0 && ProjectWords.TimeOwners.Contains(tokens[d - 1].Value)) article = "the";
        if (article is not ("the" or "a" or "an")) return null;
        var telling = FirstTelling(modStart, h);
        var describing = telling < h ? Normalise(context.Text[tokens[telling].Start..tokens[h].Start]) + " " : "";
        var headText = context.Text[tokens[h].Start..tokens[last].End].ToLowerInvariant();
        var route = head.Family == "infrastructure" ? Route(headEnd) : (End: headEnd, Places: new List<Mention>());
        var routed = route.End > headEnd;
        // "an agreement to build a gas pipeline": what it is for says which agreement or plan it is.
        var purpose = head.Family is "agreement" or "programme" && !routed ? Purpose(headEnd) ?? (head.Family == "agreement" ? Topic(headEnd) : null) : null;
        if (!routed && purpose is null && describing.Length == 0) return null;
        // A description that is nothing but the kind of thing ("the construction project", "the main pipeline") names none.
        var generic = !routed && telling < h && Enumerable.Range(telling, h - telling).All(k => ProjectWords.IsGenericDescription(tokens[k].Value));
        if (generic && purpose is null) return null;
        if (generic) describing = "";
        // "a" speaks of one such thing among many ("a gas pipeline would help"), unless the text goes on to speak of
        // it as the one it means: an indefinite introduces a referent that a later "the pipeline" takes up.
        // "a framework agreement on the X Pipeline" is about X: what follows an agreement or a plan says which undertaking
        // is meant (a work's "for" or "to" says what it is for: "a pipeline to export gas" is the pipeline).
        // "Canada and the U.S. concluded a free trade agreement": an agreement signed or concluded is one particular undertaking.
        // Not one about a named undertaking: "signed a cooperation agreement on the X Bridge" is about the bridge.
        var concluded = head.Family == "agreement" && d > 0 && ProjectWords.ConcludingVerbs.Contains(tokens[d - 1].Value)
            && !(headEnd + 1 < tokens.Count && tokens[headEnd].Value is "on" or "for" or "over" or "about" && !ProjectWords.TimeOwners.Contains(tokens[headEnd + 1].Value));
        if (!routed && purpose is null && article != "the" && !concluded && !ProjectWords.ExchangeHeads.Contains(head.Head)
            && (head.Family != "infrastructure" && headEnd < tokens.Count && tokens[headEnd].Value is "on" or "for" or "over" or "about" || !TakenUpLater(head))) return null;
        // "the north-south transport corridor linking India, Iran and Russia" is the north-south transport corridor;
        // "the railway between Zahedan and Chabahar" is named by its route alone.
        var withRoute = Normalise(describing + headText + (routed ? " " + context.Text[tokens[headEnd].Start..tokens[route.End - 1].End] : ""));
        var aliases = new List<string>();
        var name = withRoute;
        if (routed && describing.Length > 0 && article == "the")
        {
            name = Normalise(describing + headText);
            aliases.Add(withRoute);
        }
        if (purpose is { } why)
        {
            // "the new trade agreement to cut tariffs" is the trade agreement; "an agreement to cut tariffs" is named by its aim.
            var withPurpose = Normalise(describing + headText + " " + why.Text);
            if (describing.Length > 0) aliases.Add(withPurpose);
            else name = withPurpose;
            if (why.Fuller is { } fullerAim) aliases.Add(Normalise(describing + headText + " " + fullerAim));
        }
        if (year >= 0) aliases.Add(Normalise(tokens[year].Value + " " + describing + headText));
        var parties = route.Places.Select(m => (m.Label, m.Key)).Distinct().ToList();
        var first = telling < h && describing.Length > 0 ? telling : h;
        return new ProjectCandidate("name/" + name.ToLowerInvariant(), name, aliases, parties, head.Family, sentence, tokens[first].Start, tokens[last].End,
            Named: false, Acronym: null, Surface: routed ? withRoute : purpose is not null ? name : null, Head: head.Head, Descriptive: name != withRoute || !routed,
            Purpose: purpose?.Text);
    }

    /// <summary>
    /// "an agreement to build and operate a gas pipeline", "a deal in Geneva last week to restart grain shipments": the
    /// infinitive of purpose after an agreement or a plan, up to the end of its verb's object, past a place or a time
    /// between them. Null when none follows (or "to" leads to a noun: "an agreement to the contrary").
    /// </summary>
    private (string Text, int End, string? Fuller)? Purpose(int at)
    {
        var k = at;
        for (var n = 0; n < 3 && k + 1 < tokens.Count; n++)
        {
            var w = tokens[k].Value;
            var next = tokens[k + 1];
            if (w is "in" or "on" or "at" && (next.IsWord && next.IsCapitalized && !CapitalizedWords.IsStopWord(next.Value) || next.Value.Length == 4 && next.Value.All(char.IsDigit)))
            {
                k += 2;
                while (k < tokens.Count && tokens[k].IsWord && tokens[k].IsCapitalized) k++;
                continue;
            }
            if (w is "last" or "this" or "next" && next.IsWord && (char.IsLower(next.Value[0]) || ProjectWords.TimeOwners.Contains(next.Value))) { k += 2; continue; }
            if (w is "today" or "yesterday" or "earlier") { k++; continue; }
            break;
        }
        // "a draft treaty which would eliminate medium-range missiles": a relative clause of what it would do is its aim.
        var relative = k + 2 < tokens.Count && tokens[k].Value is "which" or "that" && tokens[k + 1].Value is "would" or "will";
        if (relative) k++;
        // "an accord eliminating medium-range missiles", "a treaty banning nuclear tests": a participle right after the
        // head is a reduced relative clause of what it does.
        var participle = !relative && k == at && IsAimParticiple(k);
        var verb = participle ? k : k + 1;
        if (verb >= tokens.Count || !(relative || participle || tokens[k].Value == "to") || !VerbLike(verb)) return null;
        var v = verb + 1;
        // "to build and operate", "to hand over", "to set up".
        if (v + 1 < tokens.Count && tokens[v].Value is "and" or "or" && VerbLike(v + 1)) v += 2;
        if (v < tokens.Count && tokens[v].Value is "over" or "up" or "out" or "off" or "down") v++;
        var o = v;
        var objectWords = 0;
        while (o < tokens.Count && objectWords < 6)
        {
            var t = tokens[o];
            if (objectWords == 0 && t.Value is "a" or "an" or "the" or "its" or "their" or "some" or "all" or "more" or "new") { o++; continue; }
            if (t.Value == "-" && Joined(o)) { o++; continue; }
            // "to reschedule Nigeria's official debt".
            if (t.Value is "'s" or "\u2019s" && objectWords > 0) { o++; continue; }
            if (t.IsWord && t.Value.Any(char.IsLetterOrDigit) && !ProjectWords.FunctionWords.Contains(t.Value) && !ProjectWords.ClauseWords.Contains(t.Value))
            {
                o++;
                objectWords++;
                // A plural noun after a modifier ends the phrase: "to eliminate world farm subsidies" (not "... subsidies visionary").
                if (objectWords >= 2 && t.Value.Length > 3 && t.Value.EndsWith('s') && !t.Value.EndsWith("ss", StringComparison.Ordinal)
                    && !t.Value.EndsWith("us", StringComparison.Ordinal) && char.IsLower(t.Value[0])) break;
                continue;
            }
            break;
        }
        if (objectWords == 0) return null;
        // "an agreement to put an end to the war" is about the war: a stance on ending it, not an undertaking of its own.
        if (tokens[o - 1].Value.Equals("end", StringComparison.OrdinalIgnoreCase)) return null;
        // "an agreement to build the Anglo-Irish Gas Interconnector" is about that named undertaking, as "an agreement on the
        // Nile Pipeline" is: its object is a capitalised name ending in a project head.
        if (tokens[o - 1].IsCapitalized && heads.MatchAt(tokens, o - 1) is { Length: > 0 }) return null;
        var aimStart = tokens[relative || participle ? verb : k].Start;
        var complete = PlaceComplement(o);
        var fuller = complete > o ? Normalise((relative ? "to " : "") + context.Text[aimStart..tokens[complete - 1].End]) : null;
        return (Normalise((relative ? "to " : "") + context.Text[aimStart..tokens[o - 1].End]), o, fuller);
    }

    /// <summary>
    /// "an agreement on fisheries cooperation", "an accord for offshore gas exploration", "a deal for the supply of
    /// reactors": what an agreement is on or for names it as its aim does, when that is a common-noun phrase. Not a
    /// name ("an agreement on the Nile Pipeline" is about that pipeline), an undertaking ("on the gas pipeline"), a
    /// time or amount ("for two years") or an idiom ("the deal on hold", "for the first time").
    /// </summary>
    private (string Text, int End, string? Fuller)? Topic(int at)
    {
        if (at + 1 >= tokens.Count || tokens[at].Value is not ("on" or "for")) return null;
        var k = at + 1;
        if (tokens[k].Value == "the") k++;
        // "a deal on jointly preparing a study for X": an adverb opens an act the agreement does, not its topic.
        if (k < tokens.Count && tokens[k].IsWord && char.IsLower(tokens[k].Value[0])
            && tokens[k].Value.EndsWith("ly", StringComparison.Ordinal) && !ProjectWords.NounsInLy.Contains(tokens[k].Value)) return null;
        var o = k;
        var topicWords = 0;
        var of = false;
        while (o < tokens.Count && topicWords < 6)
        {
            if (tokens[o].Value == "-" && Joined(o)) { o++; continue; }
            // "oil and gas exploration", "the supply of reactors": one coordination and one "of" inside the phrase.
            if (topicWords > 0 && o + 1 < tokens.Count && (tokens[o].Value == "and" || tokens[o].Value == "of" && !of) && IsTopicWord(o + 1))
            {
                of |= tokens[o].Value == "of";
                o++;
                continue;
            }
            if (!IsTopicWord(o)) break;
            if (heads.MatchAt(tokens, o).Length > 0) return null;
            o++;
            topicWords++;
        }
        if (topicWords == 0 || ProjectWords.TopicIdioms.Contains(tokens[k].Value) || ProjectWords.TopicIdioms.Contains(tokens[o - 1].Value)) return null;
        // "an agreement on the establishment of the Caspian Bank": the phrase goes on into a name, so it is about that.
        if (o < tokens.Count && tokens[o].Value == "of") return null;
        var complete = PlaceComplement(o);
        var fuller = complete > o ? Normalise(context.Text[tokens[at].Start..tokens[complete - 1].End]) : null;
        return (Normalise(context.Text[tokens[at].Start..tokens[o - 1].End]), o, fuller);
    }

    /// <summary>Whether token <paramref name="k"/> is a lower-case content word that names nothing and is no number.</summary>
    private bool IsTopicWord(int k)
    {
        var t = tokens[k];
        return t.IsWord && char.IsLower(t.Value[0]) && t.Value.Any(char.IsLetter) && !ProjectWords.FunctionWords.Contains(t.Value)
            && !ProjectWords.ClauseWords.Contains(t.Value) && !ProjectWords.CountWords.Contains(t.Value) && !context.IsCovered(t.Start, t.End)
            && !(t.Value.EndsWith("ed", StringComparison.Ordinal) && !ProjectWords.NotModifiers.Contains(t.Value));
    }

    /// <summary>
    /// "to hand over the port to Chile", "to withdraw missiles from Europe": the place an aim's act goes to, comes from
    /// or happens in completes the act. The name keeps the act alone; the whole phrase is how a reader may quote it,
    /// so it becomes an alias. Returns the token after the place, or <paramref name="at"/> when none follows.
    /// </summary>
    private int PlaceComplement(int at)
    {
        if (at + 1 >= tokens.Count || tokens[at].Value is not ("in" or "to" or "into" or "from")) return at;
        var k = at + 1;
        if (tokens[k].Value == "the" && k + 1 < tokens.Count) k++;
        if (index.StartingAt(tokens, k) is { } known)
        {
            if (known.Mention.Label is not (NodeLabel.Country or NodeLabel.Organization)) return at;
            k += known.Length;
        }
        else
        {
            var first = k;
            while (k < tokens.Count && k < first + 3 && words.IsNameWord(tokens, k)) k++;
            if (k == first) return at;
        }
        // "to Geneva Convention standards": a capitalised word after the place makes it a modifier, not the place.
        return k < tokens.Count && tokens[k].IsCapitalized && tokens[k].IsWord ? at : k;
    }

    /// <summary>
    /// Whether token <paramref name="k"/> is a present participle that can state an aim ("eliminating", "banning"), not a
    /// noun in -ing ("shipping"), a preposition-like participle ("including", "following", "concerning") or a stative
    /// verb that tells what it holds rather than what it does ("containing", "showing").
    /// </summary>
    private bool IsAimParticiple(int k)
    {
        // The head may end the sentence: nothing follows it.
        if (k >= tokens.Count) return false;
        var v = tokens[k].Value;
        return v.Length > 5 && v.EndsWith("ing", StringComparison.Ordinal) && char.IsLower(v[0]) && !ProjectWords.NounsInIng.Contains(v)
            && v is not ("including" or "following" or "concerning" or "regarding" or "according" or "during" or "being" or "pending" or "excluding" or "involving"
                or "covering" or "saying" or "calling" or "setting" or "existing" or "remaining" or "outstanding" or "resulting" or "containing" or "comprising"
                or "showing" or "listing" or "reflecting" or "representing" or "mentioning" or "referring" or "lacking" or "needing");
    }

    /// <summary>Whether token <paramref name="k"/> may be a verb after "to": a lower-case word that is no noun by its ending and names nothing.</summary>
    private bool VerbLike(int k)
    {
        if (k >= tokens.Count) return false;
        var t = tokens[k];
        var v = t.Value;
        if (!t.IsWord || !char.IsLower(v[0]) || context.IsCovered(t.Start, t.End) || ProjectWords.FunctionWords.Contains(v) || ProjectWords.ClauseWords.Contains(v)) return false;
        if (heads.MatchAt(tokens, k).Length > 0) return false;
        // "to court-appointed officials": a word joined to the next by a hyphen is a modifier, not a verb.
        if (Joined(k + 1)) return false;
        return !(v.EndsWith("tion", StringComparison.Ordinal) || v.EndsWith("ment", StringComparison.Ordinal) || v.EndsWith("ity", StringComparison.Ordinal)
            || v.EndsWith("ness", StringComparison.Ordinal) || v.EndsWith("ance", StringComparison.Ordinal) || v.EndsWith("ence", StringComparison.Ordinal)
            || v.EndsWith("ship", StringComparison.Ordinal) || v.EndsWith("ism", StringComparison.Ordinal) || v.EndsWith('s') && !v.EndsWith("ss", StringComparison.Ordinal)
            || v is "peace" or "war" or "date" or "trade" or "security" or "stability" or "progress");
    }

    /// <summary>
    /// Whether a later sentence speaks of "the" thing of this head (singular, after at most two adjectives: "the
    /// pipeline", "the new treaty"), so that an indefinite "an underwater pipeline" before it is the one meant.
    /// Only later sentences count: "a deal like the one signed last year" in one sentence is a comparison.
    /// </summary>
    private bool TakenUpLater(HeadWordEntry head)
    {
        for (var s = sentence + 1; s < context.Tokens.Count; s++)
        {
            var later = context.Tokens[s];
            for (var i = 1; i < later.Count; i++)
            {
                if (!later[i].Value.Equals(head.Head, StringComparison.OrdinalIgnoreCase) || later[i].IsCapitalized) continue;
                var j = i - 1;
                while (j > 0 && i - j <= 2 && later[j].IsWord && char.IsLower(later[j].Value[0]) && !ProjectWords.Determiners.Contains(later[j].Value)) j--;
                if (later[j].Value is "the" or "The" or "this" or "This") return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "from Turkmenistan to Azerbaijan", "between Zahedan and Chabahar", "linking India, Iran and Russia": the
    /// places a work runs between, from token <paramref name="at"/>; the end is <paramref name="at"/> when there is none.
    /// </summary>
    private (int End, List<Mention> Places) Route(int at)
    {
        var none = (at, new List<Mention>());
        if (at >= tokens.Count) return none;
        var word = tokens[at].Value;
        var places = new List<Mention>();
        if (word == "from")
        {
            var m = Place(at + 1, places);
            if (m < 0 || m >= tokens.Count || tokens[m].Value != "to") return none;
            m = Place(m + 1, places);
            return m < 0 ? none : (m, places);
        }
        if (word is "between" or "linking" or "connecting")
        {
            var m = Place(at + 1, places);
            var count = 1;
            while (m > 0 && m + 1 < tokens.Count && tokens[m].Value is "," or "and" or "with" or "to")
            {
                var next = Place(m + 1, places);
                if (next < 0) break;
                m = next;
                count++;
            }
            return m < 0 || count < 2 ? none : (m, places);
        }
        return none;
    }

    /// <summary>A place from token <paramref name="at"/>: a country or capital, or a capitalised name ("Zahedan"); returns the token after it, or -1.</summary>
    private int Place(int at, List<Mention> places)
    {
        if (at < tokens.Count && tokens[at].Value == "the") at++;
        if (at >= tokens.Count) return -1;
        if (index.StartingAt(tokens, at) is { } c)
        {
            if (c.Mention.Label != NodeLabel.Country) return -1;
            places.Add(c.Mention);
            return at + c.Length;
        }
        var m = at;
        while (m < tokens.Count && m - at < 3 && tokens[m].IsWord && tokens[m].IsCapitalized && !Acronyms.IsAcronym(tokens[m])
            && !context.IsCovered(tokens[m].Start, tokens[m].End) && !CapitalizedWords.IsStopWord(tokens[m].Value)) m++;
        return m > at ? m : -1;
    }

    /// <summary>
    /// "the Turkmenistan-Afghanistan-Pakistan-India (TAPI) pipeline": a name, its acronym in parentheses, then the
    /// head. The name is the long form with the head; the acronym with the head and alone are its aliases.
    /// </summary>
    private ProjectCandidate? DefinedBeforeHead(int h, int last, HeadWordEntry head)
    {
        if (h < 4 || tokens[h - 1].Value != ")" || tokens[h - 3].Value != "(" || !Acronyms.IsAcronym(tokens[h - 2]) || tokens[h].IsCapitalized) return null;
        var acronym = tokens[h - 2].Value;
        var j = h - 4;
        var parties = new List<(NodeLabel Label, string Key)>();
        while (j >= 0 && !taken[j])
        {
            if (index.EndingAt(tokens, j) is { } e)
            {
                if (e.Mention.Label is NodeLabel.Country or NodeLabel.Organization) parties.Add((e.Mention.Label, e.Mention.Key));
                j = e.First - 1;
                if (j >= 1 && tokens[j].Value == "-") { j--; continue; }
                continue;
            }
            if (context.IsCovered(tokens[j].Start, tokens[j].End)) break;
            if (words.IsNameWord(tokens, j) || Joined(j) || tokens[j].IsWord && tokens[j].IsCapitalized && !CapitalizedWords.IsStopWord(tokens[j].Value)) { j--; continue; }
            if (tokens[j].Value is "and" or "of" && j > 0 && tokens[j - 1].IsCapitalized && j + 1 < h - 4 && tokens[j + 1].IsCapitalized) { j--; continue; }
            break;
        }
        var start = j + 1;
        while (start < h - 4 && !tokens[start].IsWord) start++;
        if (start > h - 4) return null;
        var longForm = Normalise(context.Text[tokens[start].Start..tokens[h - 4].End]);
        if (!Acronyms.Abbreviates(acronym, longForm)) return null;
        var headText = context.Text[tokens[h].Start..tokens[last].End];
        var name = longForm + " " + headText;
        var aliases = new List<string> { acronym + " " + headText, acronym };
        // The mention starts after the countries at its start, like any other name, so that they are still found there.
        var mentionStart = start;
        while (mentionStart < h - 3)
        {
            if (index.StartingAt(tokens, mentionStart) is { } anchor) mentionStart += anchor.Length;
            else if (tokens[mentionStart].Value == "-") mentionStart++;
            else break;
        }
        if (mentionStart >= h - 3) mentionStart = h - 2;
        return new ProjectCandidate(ProperNameKey(name), name, aliases, parties.Distinct().ToList(), head.Family, sentence,
            tokens[mentionStart].Start, tokens[last].End, Named: true, Acronym: acronym, Surface: name, Head: head.Head);
    }

    /// <summary>
    /// Whether token <paramref name="number"/> is a number whose scale and currency open the words described
    /// (from <paramref name="firstModifier"/>): "900 billion pesos", "$5 billion"; returns where the amount starts.
    /// </summary>
    private int? IsAmount(int number, int firstModifier)
    {
        if (number < 0 || number + 1 != firstModifier || !tokens[number].Value.Any(char.IsDigit) || !char.IsDigit(tokens[number].Value[0])) return null;
        if (!ProjectWords.Scales.Contains(tokens[firstModifier].Value) && !ProjectWords.Currencies.Contains(tokens[firstModifier].Value)) return null;
        return number > 0 && tokens[number - 1].Value is "$" or "\u00A3" or "\u20AC" ? number - 1 : number;
    }

    private bool IsModifier(Token t) =>
        t.IsWord && char.IsLower(t.Value[0]) && !ProjectWords.NotModifiers.Contains(t.Value) && !context.IsCovered(t.Start, t.End)
        && !t.Value.EndsWith("ed", StringComparison.Ordinal) && (!t.Value.EndsWith("ly", StringComparison.Ordinal) || ProjectWords.NounsInLy.Contains(t.Value))
        && (!t.Value.EndsWith("ing", StringComparison.Ordinal) || ProjectWords.NounsInIng.Contains(t.Value)) && t.Value.Any(char.IsLetter);

    /// <summary>Whether token <paramref name="j"/> is a hyphen touching the words on both sides.</summary>
    private bool Joined(int j) =>
        j > 0 && j + 1 < tokens.Count && tokens[j].Value == "-" && tokens[j - 1].End == tokens[j].Start && tokens[j + 1].Start == tokens[j].End;

    /// <summary>"of 1974", "of Preferences", "on Conventional Forces": the rest of a capitalised name.</summary>
    private int Continuation(int end)
    {
        if (end + 1 >= tokens.Count || tokens[end].Value is not ("of" or "on")) return end;
        var m = end + 1;
        if (tokens[m].Value.Length == 4 && tokens[m].Value.All(char.IsDigit)) return m + 1;
        var last = end;
        for (; m < tokens.Count && !taken[m] && !context.IsCovered(tokens[m].Start, tokens[m].End); m++)
        {
            if (words.IsNameWord(tokens, m)) last = m + 1;
            else if (!(tokens[m].Value is "and" && last > end)) break;
        }
        return last;
    }

    /// <summary>An acronym in parentheses right after the name that abbreviates it: "(GSP)".</summary>
    private string? Acronym(int end, string name) =>
        end + 2 < tokens.Count && tokens[end].Value == "(" && tokens[end + 2].Value == ")" && Acronyms.IsAcronym(tokens[end + 1])
        && !context.IsCovered(tokens[end + 1].Start, tokens[end + 1].End) && Acronyms.Abbreviates(tokens[end + 1].Value, name)
            ? tokens[end + 1].Value
            : null;

    /// <summary>"Canada and Israel", "Iran, Iraq and Syria": the countries listed from token <paramref name="at"/>.</summary>
    private List<Mention> CountryList(int at)
    {
        var list = new List<Mention>();
        var m = at;
        while (m < tokens.Count)
        {
            if (tokens[m].Value == "the") m++;
            if (index.StartingAt(tokens, m) is not { Mention.Label: NodeLabel.Country } c) break;
            list.Add(c.Mention);
            m += c.Length;
            if (m < tokens.Count && tokens[m].Value is "and" or ",") m++;
            else break;
        }
        return list;
    }

    private int TokenIndex(int start)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Start == start) return k;
        }
        return tokens.Count;
    }

    /// <summary>A country as written, without a possessive: "U.S.", "Canada".</summary>
    private static string Surface(Mention m) => m.Surface;

    /// <summary>The describing words of a name keyed by its parties, in lower case ("free trade" of "the free trade pact with Canada").</summary>
    private static string Describes(string describing) => describing.Trim().ToLowerInvariant();

    private static string CountriesKey(IEnumerable<(NodeLabel Label, string Key)> parties, string family) =>
        "countries/" + string.Join('+', parties.Select(p => p.Key).Distinct().Order(StringComparer.Ordinal)) + "/" + family;

    private static string Normalise(string text) => ProjectRecognizer.Normalise(text);
}
