namespace Graph.Extraction.Speech;

/// <summary>
/// Closed word classes of English news attributions, read by <see cref="AttributionTail"/> and <see cref="UnnamedSource"/>.
/// They are grammar (determiners, prepositions, pronouns, time words) or the head nouns of the phrases that name
/// who speaks without naming a person ("officials", "the report", "one source"), who is spoken to ("reporters",
/// "a news conference") and where ("in an interview", "at the airport").
/// </summary>
internal static class AttributionWords
{
    /// <summary>Heads of a speaker phrase that is not a named person: people left unnamed, bodies, documents and media.</summary>
    public static readonly HashSet<string> SourceHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        // people left unnamed
        "official", "officials", "source", "sources", "diplomat", "diplomats", "spokesman", "spokesmen", "spokeswoman",
        "spokeswomen", "spokesperson", "spokespeople", "spokespersons", "aide", "aides", "adviser", "advisers", "advisor",
        "advisors", "analyst", "analysts", "economist", "economists", "expert", "experts", "observer", "observers", "dealer",
        "dealers", "trader", "traders", "banker", "bankers", "executive", "executives", "negotiator", "negotiators",
        "delegate", "delegates", "lawmaker", "lawmakers", "legislator", "legislators", "insider", "insiders", "officer",
        "officers", "witness", "witnesses", "resident", "residents", "critic", "critics", "participant", "participants",
        "organiser", "organisers", "organizer", "organizers", "researcher", "researchers", "minister", "ministers",
        "envoy", "envoys", "mediator", "mediators", "representative", "representatives", "member", "members",
        "leader", "leaders", "authorities", "investigator", "investigators", "monitor", "monitors", "inspector", "inspectors",
        "industrialist", "industrialists", "producer", "producers", "exporter", "exporters", "importer", "importers",
        "manager", "managers", "people", "person", "man", "woman", "men", "women", "ambassador", "ambassadors",
        // bodies
        "government", "governments", "administration", "ministry", "ministries", "department", "embassy", "embassies",
        "agency", "agencies", "council", "committee", "commission", "board", "bank", "company", "firm", "group", "union",
        "party", "military", "army", "police", "office", "secretariat", "presidency", "cabinet", "parliament", "court",
        "tribunal", "coalition", "alliance", "organisation", "organization", "association", "federation", "institute",
        "authority", "regulator", "directorate", "mission", "delegation", "side", "sides", "team", "junta", "regime",
        "navy", "command", "headquarters", "kremlin", "pentagon", "palace",
        // documents and media
        "report", "reports", "statement", "statements", "communique", "communiqué", "newspaper", "newspapers", "daily",
        "paper", "weekly", "magazine", "radio", "television", "broadcaster", "network", "study", "survey", "document",
        "documents", "letter", "memo", "memorandum", "resolution", "declaration", "release", "notice", "bulletin",
        "circular", "draft", "text", "review", "analysis", "assessment", "estimate", "estimates", "forecast", "poll",
        "website", "site", "post", "agreement", "accord", "treaty", "plan", "proposal", "announcement", "editorial",
        "commentary", "article", "broadcast", "channel", "outlet", "wire", "tv",
    };

    /// <summary>Heads of the addressee of "told", "assured", "briefed": who was spoken to.</summary>
    public static readonly HashSet<string> AddresseeHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "reporters", "journalists", "newsmen", "newspapermen", "correspondents", "press", "media", "newspaper", "paper",
        "daily", "agency", "television", "radio", "station", "network", "magazine", "weekly", "broadcaster", "channel",
        "conference", "briefing", "meeting", "audience", "gathering", "rally", "session", "parliament", "assembly",
        "congress", "senate", "committee", "subcommittee", "panel", "hearing", "lawmakers", "legislators", "deputies",
        "members", "delegates", "delegation", "delegations", "participants", "students", "businessmen", "investors",
        "bankers", "creditors", "workers", "leaders", "officials", "ministers", "diplomats", "envoys", "ambassadors",
        "counterpart", "counterparts", "colleagues", "visitors", "guests", "crowd", "crowds", "nation", "public",
        "citizens", "people", "forum", "seminar", "symposium", "summit", "council", "cabinet", "chamber", "house",
        "association", "club", "union", "federation", "partners", "allies", "interviewer", "listeners", "viewers",
        "readers", "supporters", "troops", "soldiers", "voters", "group", "groups", "convention", "congregation", "outlet",
        "envoy", "ambassador", "minister", "president", "premier", "leader", "official", "diplomat", "correspondent",
        "journalist", "reporter", "mps", "senators", "congressmen", "representatives", "executives", "analysts",
        "economists", "farmers", "traders", "dealers", "industrialists", "him", "her", "them", "us", "me", "you",
    };

    /// <summary>Heads of the setting of an attribution: "in an interview", "at a news conference", "on his return", "by telephone".</summary>
    public static readonly HashSet<string> SettingNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "interview", "interviews", "statement", "statements", "speech", "speeches", "address", "conference", "briefing",
        "briefings", "meeting", "meetings", "session", "sessions", "hearing", "hearings", "debate", "debates", "letter",
        "letters", "message", "messages", "communique", "communiqué", "report", "testimony", "remarks", "comments",
        "broadcast", "broadcasts", "television", "radio", "rally", "forum", "seminar", "symposium", "summit", "visit",
        "trip", "tour", "return", "arrival", "arriving", "departure", "leaving", "talks", "ceremony", "dinner", "lunch",
        "luncheon", "breakfast", "banquet", "reception", "lecture", "article", "column", "editorial", "op-ed", "post",
        "posts", "tweet", "tweets", "newspaper", "paper", "magazine", "program", "programme", "show", "parliament",
        "assembly", "senate", "congress", "committee", "subcommittee", "telephone", "phone", "call", "airport",
        "stopover", "gathering", "convention", "audience", "appearance", "event", "sidelines", "margins", "podium",
        "floor", "chamber", "house", "council", "panel", "video", "videoconference", "teleconference", "website",
        "blog", "announcement", "communication", "note", "memo", "book", "memoir", "memoirs", "document", "documents",
        "release", "reporters", "journalists", "correspondents", "agency", "headquarters", "office", "residence",
        "palace", "embassy", "capital", "city", "border", "port", "base", "camp", "home", "vote", "ballot", "request",
        "condition", "anonymity", "reply", "response", "answer", "question", "questions", "questioning", "message",
        "behalf", "way", "outset", "end", "start", "opening", "close", "conclusion", "occasion", "time", "moment",
        "wake", "aftermath", "eve", "run-up", "course", "context", "framework", "part", "channel", "station", "network",
        "broadcaster", "daily", "weekly", "newsletter", "journal", "bulletin", "parliamentarians", "lawmakers",
        "legislators", "delegates", "participants", "crowd", "supporters", "students", "businessmen", "leaders",
        "officials", "diplomats", "ministers", "counterpart", "counterparts", "people", "nation", "public",
    };

    /// <summary>Words of time that close a setting phrase on their own: "on Tuesday", "last week", "in March".</summary>
    public static readonly HashSet<string> TimeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "week", "weekend", "month", "year", "day",
        "morning", "afternoon", "evening", "night", "weeks", "months", "years", "days", "hours", "today", "yesterday",
        "tonight", "tomorrow", "spring", "summer", "autumn", "fall", "winter",
    };

    /// <summary>Adverbs of time and place that may follow a speech verb: "said here", "told reporters recently".</summary>
    public static readonly HashSet<string> TimeAdverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "tonight", "today", "yesterday", "earlier", "later", "recently", "now", "again", "here", "also", "separately",
        "privately", "publicly", "repeatedly", "previously", "afterwards", "subsequently", "late", "early", "then",
        "too", "once", "twice", "meanwhile", "simply", "only", "firmly", "strongly", "clearly", "explicitly", "openly",
        "bluntly", "flatly", "frankly", "candidly", "emphatically", "categorically", "confidently", "cautiously",
    };

    /// <summary>Prepositions that open a setting: "in a statement", "at a news conference", "after talks", "by telephone".</summary>
    public static readonly HashSet<string> SettingPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "on", "during", "after", "before", "following", "to", "with", "by", "from", "over", "via", "through",
        "upon", "for", "ahead", "under", "amid", "inside", "outside", "while", "when", "of", "near", "into", "between",
    };

    /// <summary>Determiners and possessives that open a noun phrase.</summary>
    public static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "that", "one",
        "two", "three", "four", "five", "several", "some", "many", "other", "another", "both", "each", "every", "all",
        "most", "few", "no", "any", "last", "next", "this", "late", "early",
    };

    /// <summary>Pronouns and expletives that open a clause: after an addressee they begin what was said.</summary>
    public static readonly HashSet<string> SubjectPronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "it", "they", "we", "i", "there", "you", "this", "these", "those", "nobody", "everyone", "everybody",
        "none", "nothing", "something",
    };

    /// <summary>Words that end a subject phrase on its left: conjunctions, relative and subordinating words.</summary>
    public static readonly HashSet<string> SubjectBoundaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "and", "but", "or", "nor", "after", "before", "when", "while", "as", "because", "although", "though",
        "if", "since", "until", "where", "which", "who", "whom", "whose", "so", "than", "yet", "whether", "unless",
        "once", "whereas", "what", "how", "why",
    };

    /// <summary>Auxiliaries that make a bare speech verb not a statement made: "would tell", "declined to say", "did not say".</summary>
    public static readonly HashSet<string> Modals = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "would", "could", "can", "may", "might", "should", "must", "shall", "to", "did", "does", "do", "cannot",
        "'ll", "’ll", "'d", "’d",
    };
}
