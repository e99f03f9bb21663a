namespace Graph.Extraction.Recognition;

/// <summary>
/// The small closed word lists with which <see cref="ProjectNameReader"/> tells a project's name from the words
/// around it. They are grammar, not knowledge of the world, so they live here rather than in a gazetteer.
/// </summary>
internal static class ProjectWords
{
    /// <summary>Lower-case words that never describe a project between its anchor and its head.</summary>
    public static readonly HashSet<string> NotModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "to", "in", "on", "for", "with", "by", "and", "or", "but", "at", "from", "as", "is", "are",
        "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "may", "might", "can", "not",
        "no", "said", "says", "say", "that", "this", "which", "who", "its", "their", "his", "her", "our", "any", "some",
        "such", "other", "more", "most", "all", "both", "each", "every", "last", "next", "first", "new", "own", "than",
        "wants", "want", "told", "also", "only", "just", "still", "yet", "into", "over", "under", "about", "after",
        "before", "since", "until", "while", "when", "if", "so", "very", "much", "many", "few", "two", "one", "same",
        // Verbs that take a project as their object: "held talks", "salvage the pact".
        "hold", "holds", "held", "begin", "begins", "began", "start", "starts", "continue", "continues", "resume",
        "resumes", "open", "opens", "kick", "off", "reach", "reaches", "sign", "signs", "conclude", "concludes", "attend",
        "attends", "join", "joins", "seek", "seeks", "sought", "propose", "proposes", "back", "backs", "support",
        "supports", "oppose", "opposes", "reject", "rejects", "accept", "accepts", "approve", "approves", "announce",
        "announces", "make", "makes", "made", "take", "takes", "took", "give", "gives", "gave", "get", "gets", "got",
        "put", "set", "win", "won", "need", "needs", "urge", "urges", "call", "calls", "expect", "expects", "hope", "hopes",
        "break", "breaks", "broke", "renew", "renews", "extend", "extends", "negotiate", "negotiates", "implement",
        "implements", "enter", "enters", "discuss", "discusses", "complete", "completes", "end", "ends", "push", "pushes",
        "press", "presses", "review", "reviews", "violate", "violates", "honor", "honour", "save", "salvage", "keep",
        "keeps", "kept", "verify", "agree", "agrees", "ratify", "ratifies", "abandon", "drop", "scrap", "stick", "launch",
        "launches", "unveil", "unveils", "outline", "outlines", "present", "presents", "submit", "submits", "block",
        "blocks", "delay", "delays", "revive", "revives", "study", "studies", "adopt", "adopts", "pass", "passes",
        "lift", "lifts", "impose", "imposes", "recommend", "recommends", "never", "again", "ever", "even", "now", "then",
    };

    /// <summary>
    /// Adjectives that say nothing of which agreement it is: "a similar agreement with Japan" names none, "a
    /// free trade agreement with Canada" does.
    /// </summary>
    public static readonly HashSet<string> VagueAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "similar", "separate", "possible", "further", "future", "formal", "informal", "broad", "general", "specific",
        "previous", "earlier", "later", "current", "existing", "old", "major", "minor", "big", "large", "small", "full",
        "partial", "preliminary", "tentative", "interim", "final", "bilateral", "multilateral", "overall", "wider",
        "broader", "comprehensive", "long-term", "short-term", "fresh", "secret", "proposed", "planned", "draft",
        "extensive", "tough", "tougher", "strict", "stricter", "total", "sweeping", "selective", "limited", "mandatory",
        "unilateral", "new", "strong", "stronger", "effective", "important", "historic", "landmark", "controversial",
    };

    /// <summary>Words in -ing that are nouns in front of a head ("shipping agreement"), unlike "following talks".</summary>
    public static readonly HashSet<string> NounsInIng = new(StringComparer.OrdinalIgnoreCase)
    {
        "shipping", "banking", "trading", "fishing", "housing", "mining", "funding", "financing", "spending", "pricing",
        "marketing", "peacekeeping", "peace-keeping", "building", "engineering", "processing", "refining", "rescheduling",
    };

    /// <summary>Nouns ending in "-ly" that describe an undertaking ("gas supply deal", "arms monopoly"): not adverbs.</summary>
    public static readonly HashSet<string> NounsInLy = new(StringComparer.OrdinalIgnoreCase)
    {
        "supply", "assembly", "family", "monopoly", "duopoly", "rally", "ally", "reply", "anomaly",
    };

    /// <summary>Verbs by which an agreement comes into being: after one, "a free trade agreement" is that particular agreement.</summary>
    public static readonly HashSet<string> ConcludingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "sign", "signs", "signed", "signing", "conclude", "concludes", "concluded", "concluding", "initial", "initialled", "initialed",
        "ratify", "ratifies", "ratified", "ratifying", "strike", "strikes", "struck", "clinch", "clinched", "clinches", "seal", "sealed", "seals",
    };

    /// <summary>
    /// Words that after "on" or "for" make an idiom or a span of time, not a topic: "the deal on hold", "an agreement on
    /// paper", "a pact for now", "a treaty for years".
    /// </summary>
    public static readonly HashSet<string> TopicIdioms = new(StringComparer.OrdinalIgnoreCase)
    {
        "hold", "track", "course", "schedule", "time", "paper", "behalf", "record", "board", "table", "trial", "agenda", "offer", "sale",
        "display", "ice", "balance", "average", "condition", "principle", "basis", "way", "point", "verge", "brink", "part", "now", "good",
        "ever", "instance", "example", "sure", "real", "years", "year", "months", "month", "weeks", "week", "days", "day", "decades", "decade",
        "hours", "today", "tomorrow", "yesterday", "moment", "while", "once", "life", "signature", "signing", "approval", "ratification",
        "talks", "discussion", "discussions", "negotiation", "negotiations", "consideration", "review", "debate", "vote", "details",
    };

    /// <summary>Words that open a noun phrase: after one a country may name a project ("the Canadian pact").</summary>
    public static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "any",
    };

    /// <summary>Owners that are times, not parties: "today's agreement", "last year's pact".</summary>
    public static readonly HashSet<string> TimeOwners = new(StringComparer.OrdinalIgnoreCase)
    {
        "today", "yesterday", "tomorrow", "year", "week", "month", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    /// <summary>Words that end a noun phrase because a clause goes on: verbs of saying, auxiliaries, modals, subordinators.</summary>
    public static readonly HashSet<string> ClauseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "told", "added", "will", "would", "could", "should", "may", "might", "can", "must", "shall", "has", "have",
        "had", "are", "were", "been", "being", "which", "who", "whom", "whose", "that", "when", "while", "if", "but", "or", "than", "because",
        "after", "before", "since", "until", "unless", "whether", "although", "though", "not", "also", "did", "does", "do",
        // Prepositions end the object: "to resume rice shipments across the sea".
        "across", "through", "into", "onto", "over", "under", "via", "within", "without", "toward", "towards", "along", "among",
        "amid", "per", "beyond", "despite", "during", "near", "about", "around", "like", "throughout", "upon", "off",
    };

    /// <summary>Names that end like a newspaper's or a broadcaster's.</summary>
    public static readonly HashSet<string> Media = new(StringComparer.Ordinal) { "News", "Television", "TV", "Radio", "Times", "Post", "Journal", "Press" };

    /// <summary>General heads that may follow a more telling one: "Stream Gas Pipeline project".</summary>
    public static readonly HashSet<string> TrailingHeads = new(StringComparer.OrdinalIgnoreCase) { "project", "projects", "programme", "program", "scheme", "plan" };

    /// <summary>Words of scale in an amount ("6,000 billion yen").</summary>
    public static readonly HashSet<string> Scales = new(StringComparer.OrdinalIgnoreCase) { "billion", "million", "mln", "bln", "trillion", "thousand" };

    /// <summary>A word of an amount of money: "$", "25", "4.5", "billion", "dollar".</summary>
    public static bool IsAmountWord(string word) =>
        word is "$" or "\u00A3" or "\u20AC" || word.Length > 0 && char.IsDigit(word[0]) && word.All(c => char.IsDigit(c) || c is '.' or ',')
        || Scales.Contains(word) || Currencies.Contains(word);

    /// <summary>Currencies in an amount.</summary>
    public static readonly HashSet<string> Currencies = new(StringComparer.OrdinalIgnoreCase)
    {
        "yen", "dlr", "dlrs", "dollar", "dollars", "pound", "pounds", "sterling", "mark", "marks", "franc", "francs", "euro",
        "euros", "rouble", "roubles", "ruble", "rubles", "yuan", "rupee", "rupees", "ecu", "ecus", "lira", "lire", "peso", "pesos",
        // Other currencies of world news, and the codes and newswire abbreviations written after amounts ("50 mln stg").
        "stg", "crown", "crowns", "krona", "kronor", "krone", "kroner", "zloty", "zlotys", "forint", "forints", "riyal", "riyals",
        "rial", "rials", "dinar", "dinars", "dirham", "dirhams", "shekel", "shekels", "won", "baht", "rand", "ringgit", "rupiah",
        "naira", "shilling", "shillings", "usd", "eur", "gbp", "jpy", "cny",
    };

    /// <summary>
    /// Heads that words describing them may name without a proper name ("the grain deal", "the peace agreement",
    /// "the north-south transport corridor"). Talks, summits, bans and packages are not among them: "the peace
    /// talks" or "the aid package" name no undertaking of their own.
    /// </summary>
    public static readonly HashSet<string> DescribedHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "agreement", "accord", "deal", "pact", "treaty", "protocol", "swap", "initiative", "plan", "programme", "program",
        "scheme", "project", "roadmap", "corridor", "pipeline", "railway", "bridge", "dam", "highway", "tunnel",
    };

    /// <summary>Capitalised names of kinds of document, which name no particular undertaking ("signed a Memorandum of Understanding").</summary>
    public static readonly HashSet<string> DocumentKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        "Memorandum of Understanding", "Memorandum of Agreement", "Memorandum of Cooperation", "Letter of Intent", "Declaration of Intent",
        "Protocol of Intent", "Statement of Intent", "Framework of Cooperation",
    };

    /// <summary>Heads that are one exchange of named goods even after "a": "an oil swap", "a prisoner swap".</summary>
    public static readonly HashSet<string> ExchangeHeads = new(StringComparer.OrdinalIgnoreCase) { "swap" };

    /// <summary>Nouns a head may describe ("the grain deal talks", "the peace plan proposal"): then it is no head.</summary>
    public static readonly HashSet<string> AfterCompoundHead = new(StringComparer.OrdinalIgnoreCase)
    {
        "talks", "negotiations", "negotiators", "terms", "text", "deadline", "framework", "partners", "partner", "members",
        "signatories", "countries", "states", "process", "proposal", "proposals", "document", "route", "network", "company",
        "operator", "officials", "committee", "commission", "council", "office", "fund", "funds", "money", "costs", "cost",
        "works", "site", "sites", "capacity", "construction", "talk", "issue", "issues", "dispute", "row", "law", "bill",
    };

    /// <summary>
    /// Words that say only what kind of undertaking it is, not which: "the construction project", "the main
    /// pipeline", "the development plan" name none.
    /// </summary>
    public static readonly HashSet<string> GenericDescriptions = new(StringComparer.OrdinalIgnoreCase)
    {
        "construction", "development", "main", "key", "flagship", "pilot", "government", "state", "national", "international",
        "regional", "local", "joint", "whole", "entire", "original", "revised", "same", "above", "action", "work", "business",
        "implementation", "investment", "infrastructure", "mega", "megaproject", "ambitious", "relevant", "respective",
        // Judgements of it: "the crucial plan", "a fair deal".
        "crucial", "vital", "essential", "significant", "successful", "unprecedented", "massive", "huge", "fragile",
        "costly", "expensive", "generous", "fair", "unfair", "good", "bad", "better", "best", "great", "ideal", "serious",
        "realistic", "viable", "feasible", "practical", "reasonable", "acceptable", "modest", "radical", "bold",
        "sensible", "credible", "balanced", "workable", "lasting", "durable", "meaningful", "concrete", "vague", "clear",
        "simple", "complex", "ongoing", "ailing", "so-called", "whole", "overall", "real", "genuine", "ultimate",
        // Broadcasts and software, not undertakings: "the television program".
        "television", "tv", "radio", "computer", "software", "news", "documentary", "game", "training", "exercise",
    };

    /// <summary>Words that never start or end a name: "the deal", "agreement with".</summary>
    public static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "to", "in", "on", "for", "with", "by", "and", "or", "from", "at", "as", "between", "against",
        "its", "their", "his", "her", "our", "this", "that", "these", "those", "which", "who", "is", "was", "be", "'s",
    };

    /// <summary>Units of a duration: "the five-year accord" says how long, not which.</summary>
    private static readonly HashSet<string> TimeUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades",
    };

    private static readonly HashSet<string> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
        "twenty", "thirty", "fifty", "hundred", "multi", "multiyear",
    };

    /// <summary>
    /// Numbers, ordinals and quantifiers in words: "for two years", "for the first time", "for several months" say
    /// when or how much, not what. The numbers are those a description counts as saying nothing (above).
    /// </summary>
    public static readonly HashSet<string> CountWords = new(
        NumberWords.Concat(["forty", "first", "second", "third", "fourth", "fifth", "last", "next", "several", "many", "few", "some", "more", "most", "another"]),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a word of a description says only what kind of undertaking it is or how long it runs ("construction",
    /// "crucial", "five-year"), so that a description made only of such words names none.
    /// </summary>
    public static bool IsGenericDescription(string word) =>
        GenericDescriptions.Contains(word) || TimeUnits.Contains(word) || NumberWords.Contains(word) || word == "-" || word.All(char.IsDigit);
}
