using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Graph.Documents;

/// <summary>
/// The article in a saved news page: its body paragraphs without the page around them (navigation, scripts, styles,
/// share bars, lists of related links, footers), with the headline, publication date and canonical URL from the
/// page's metadata. Character references are decoded. When the page carries its article only as JSON-LD (an
/// application shell filled in by scripts), the JSON-LD <c>articleBody</c> is the text.
/// </summary>
public static class HtmlArticleReader
{
    /// <summary>Reads a page from its bytes; the encoding comes from a byte order mark or the page's own charset declaration.</summary>
    public static ArticleContent Read(byte[] html)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var stream = new MemoryStream(html, writable: false);
        return Read(new HtmlParser().ParseDocument(stream));
    }

    /// <summary>Reads a page already decoded to text (a JSON Lines record's <c>html</c> field).</summary>
    public static ArticleContent Read(string html) => Read(new HtmlParser().ParseDocument(html ?? throw new ArgumentNullException(nameof(html))));

    private static ArticleContent Read(IHtmlDocument page)
    {
        var linked = LinkedData.From(page);
        var title = WithoutSite(Clean(Meta(page, "og:title") ?? linked.Headline ?? page.QuerySelector("h1")?.TextContent ?? TitleWithoutSiteName(page.Title)), Meta(page, "og:site_name"));
        var date = DateOf(Meta(page, "article:published_time")) ?? DateOf(linked.DatePublished) ?? DateOf(MetaName(page))
            ?? DateOf(page.QuerySelector("[itemprop~=datePublished]") is { } published ? published.GetAttribute("content") ?? published.GetAttribute("datetime") : null)
            ?? DateOf(page.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var url = AbsoluteHttp(page.QuerySelector("link[rel~=canonical]")?.GetAttribute("href")) ?? AbsoluteHttp(Meta(page, "og:url")) ?? AbsoluteHttp(linked.Url);

        var root = ArticleRoot(page);
        var paragraphs = Paragraphs(root, title);
        // A container that held only page furniture after all: the whole body, with the furniture left out.
        if (paragraphs.Count == 0 && root != page.Body) paragraphs = Paragraphs(page.Body, title);
        var bodyLength = paragraphs.Sum(p => p.Length);
        // A page whose article is only in its JSON-LD (the visible text is filled in by scripts) has next to nothing in
        // its markup; the JSON-LD body is then the article.
        if (linked.ArticleBody is { } articleBody && bodyLength * 2 < articleBody.Length)
        {
            paragraphs = ParagraphsOf(articleBody);
        }
        if (paragraphs.Count == 0) return ArticleContent.Unreadable("no article text found in this page");
        return new ArticleContent(string.Join("\n\n", paragraphs), title, date, url);
    }

    private static List<string> Paragraphs(IElement? root, string? title)
    {
        var paragraphs = new List<string>();
        if (root is null) return paragraphs;
        var pending = new StringBuilder();
        Walk(root, pending, paragraphs, title, ParagraphText(root));
        Flush(pending, paragraphs, title);
        return paragraphs;
    }

    /// <summary>Elements that are never article text.</summary>
    private static readonly HashSet<string> SkippedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "select", "textarea",
        "iframe", "svg", "canvas", "video", "audio", "object", "embed", "figure", "figcaption", "picture", "img", "head", "menu", "dialog",
    };

    /// <summary>Elements that end one paragraph and begin the next.</summary>
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th", "br", "hr", "address", "center", "body",
    };

    /// <summary>
    /// Words that name the page furniture around an article in the class, id and role of its elements, as the
    /// publishing systems of news sites write them ("share-bar", "related_articles", "newsletter-signup").
    /// </summary>
    private static readonly HashSet<string> FurnitureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "sharing", "sharebar", "social", "related", "recommended", "newsletter", "subscribe", "subscription", "promo",
        "advert", "advertisement", "ads", "sponsored", "comments", "comment", "breadcrumb", "breadcrumbs", "footer", "nav",
        "navbar", "navigation", "menu", "sidebar", "widget", "popular", "trending", "cookie", "cookies", "consent", "paywall",
        "banner", "complementary", "contentinfo", "toolbar", "tags", "taglist", "outbrain", "taboola", "signup",
    };

    // articleText is the length of the article's paragraph text: an element holding most of it is the story, whatever its class says.
    private static void Walk(INode node, StringBuilder pending, List<string> paragraphs, string? title, int articleText)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                pending.Append(text.Data);
                continue;
            }
            if (child is not IElement element) continue;
            if (SkippedTags.Contains(element.LocalName) || IsHidden(element)) continue;
            // Publishing systems also mark the story's own container with feature classes ("story social-enabled").
            if (IsFurniture(element) && ParagraphText(element) * 2 <= articleText) continue;
            var block = BlockTags.Contains(element.LocalName);
            if (block)
            {
                Flush(pending, paragraphs, title);
                // Lists of links (related stories, tags) and paragraphs that are one link ("Read more: ...") are not text.
                if (element.LocalName is "ul" or "ol" or "p" or "li" or "div" && IsMostlyLinks(element)) continue;
            }
            Walk(element, pending, paragraphs, title, articleText);
            if (block) Flush(pending, paragraphs, title);
        }
    }

    /// <summary>Ends the paragraph being gathered: white space collapsed, the headline itself left out (it is the title).</summary>
    private static void Flush(StringBuilder pending, List<string> paragraphs, string? title)
    {
        if (pending.Length == 0) return;
        var paragraph = CollapseSpace(pending.ToString());
        pending.Clear();
        if (paragraph.Length == 0 || (paragraphs.Count == 0 && paragraph == title)) return;
        paragraphs.Add(paragraph);
    }

    private static string CollapseSpace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            // Zero-width and soft-hyphen characters are invisible on the page and would split names in the text.
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD') continue;
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool IsFurniture(IElement element)
    {
        if (element.GetAttribute("role") is { } role && FurnitureWords.Contains(role)) return true;
        if (element.GetAttribute("aria-hidden") == "true") return true;
        foreach (var name in new[] { element.Id, element.ClassName })
        {
            if (string.IsNullOrEmpty(name)) continue;
            foreach (var token in name.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
            {
                // "share-bar", "related_articles", "articleComments": the parts of the name, split at '-', '_' and case changes.
                if (FurnitureWords.Contains(token) || NameParts(token).Any(FurnitureWords.Contains)) return true;
            }
        }
        return false;
    }

    private static IEnumerable<string> NameParts(string token)
    {
        var start = 0;
        for (var i = 1; i <= token.Length; i++)
        {
            if (i == token.Length || token[i] is '-' or '_' || (char.IsUpper(token[i]) && char.IsLower(token[i - 1])))
            {
                if (i > start) yield return token[start..i].Trim('-', '_');
                start = i;
            }
        }
    }

    private static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden") || (element.GetAttribute("style") is { } style && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase));

    private static bool IsMostlyLinks(IElement element)
    {
        var all = CollapseSpace(element.TextContent).Length;
        if (all == 0) return false;
        var linked = element.QuerySelectorAll("a").Sum(a => CollapseSpace(a.TextContent).Length);
        return linked >= all * 0.8;
    }

    /// <summary>
    /// The element holding the article: the one marked as its body, else the <c>article</c> with the most paragraph
    /// text, else the element whose own paragraphs hold the most text, else the whole body.
    /// </summary>
    private static IElement? ArticleRoot(IHtmlDocument page)
    {
        // The element marked as the article's body (not a <meta> of that name in the head), the fullest if several are.
        var marked = page.QuerySelectorAll("[itemprop~=articleBody]").Where(e => e.LocalName is not ("meta" or "link"))
            .Select(e => (Element: e, Length: CollapseSpace(e.TextContent).Length)).Where(e => e.Length > 0)
            .OrderByDescending(e => e.Length).Select(e => e.Element).FirstOrDefault();
        if (marked is not null) return marked;
        var article = page.QuerySelectorAll("article").Select(a => (Element: a, Length: ParagraphText(a))).Where(a => a.Length > 0)
            .OrderByDescending(a => a.Length).Select(a => a.Element).FirstOrDefault();
        if (article is not null) return Widen(article, page);
        var best = page.QuerySelectorAll("p").Select(p => p.ParentElement).OfType<IElement>().Distinct()
            .Select(e => (Element: e, Length: e.Children.Where(c => c.LocalName == "p").Sum(c => CollapseSpace(c.TextContent).Length)))
            .OrderByDescending(e => e.Length).FirstOrDefault();
        if (best.Element is not null && best.Length > 0) return Widen(best.Element, page);
        return page.Body;
    }

    /// <summary>
    /// The container of the whole story when the element found holds only part of it: sites split a story into
    /// sections, put its opening apart from the rest, or fold its second half into a "read more" block. Up to five
    /// levels up (never to the body itself), an ancestor holding a tenth more paragraph text is taken instead. (On a
    /// page that streams other stories' teasers around the article this takes some of them in; measured on the 130
    /// pages of Mozilla Readability's test set, it is still the better rule by far.)
    /// </summary>
    private static IElement Widen(IElement element, IHtmlDocument page)
    {
        var chosen = element;
        var length = ParagraphText(element);
        var ancestor = element.ParentElement;
        for (var level = 0; level < 5 && ancestor is not null && ancestor != page.Body && ancestor != page.DocumentElement; level++, ancestor = ancestor.ParentElement)
        {
            // A wrapper that adds nothing is passed through; one that adds a tenth more paragraph text holds more of the story.
            var wider = ParagraphText(ancestor);
            if (wider < length * 1.1) continue;
            chosen = ancestor;
            length = wider;
        }
        return chosen;
    }

    private static int ParagraphText(IElement element) => element.QuerySelectorAll("p").Sum(p => CollapseSpace(p.TextContent).Length);

    private static List<string> ParagraphsOf(string articleBody)
    {
        // Some publishers put markup in articleBody; its paragraphs are then its elements.
        if (articleBody.Contains("</p>", StringComparison.OrdinalIgnoreCase) || articleBody.Contains("<br", StringComparison.OrdinalIgnoreCase))
        {
            var fragment = new HtmlParser().ParseDocument("<body>" + articleBody + "</body>");
            var paragraphs = new List<string>();
            var pending = new StringBuilder();
            Walk(fragment.Body!, pending, paragraphs, null, ParagraphText(fragment.Body!));
            Flush(pending, paragraphs, null);
            return paragraphs;
        }
        return WebUtility.HtmlDecode(articleBody).Split('\n').Select(CollapseSpace).Where(p => p.Length > 0).ToList();
    }

    private static string? Meta(IHtmlDocument page, string property) =>
        page.QuerySelectorAll("meta").FirstOrDefault(m => string.Equals(m.GetAttribute("property") ?? m.GetAttribute("name"), property, StringComparison.OrdinalIgnoreCase))?.GetAttribute("content");

    /// <summary>The publication date under the names of the common metadata conventions (Dublin Core, Parse.ly, plain).</summary>
    private static string? MetaName(IHtmlDocument page)
    {
        foreach (var name in new[] { "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.date", "parsely-pub-date", "sailthru.date" })
        {
            if (Meta(page, name) is { } value) return value;
        }
        return null;
    }

    private static DateOnly? DateOf(string? text) => string.IsNullOrWhiteSpace(text) ? null : JsonLinesParser.ParseDate(text);

    private static string? AbsoluteHttp(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.AbsoluteUri : null;

    private static string? Clean(string? text) => text is null ? null : CollapseSpace(text) is { Length: > 0 } t ? t : null;

    /// <summary>What sites put between a headline and their own name in a page's title.</summary>
    private static readonly string[] SiteSeparators = [" | ", " – ", " — ", " - "];

    /// <summary>A headline without the site's name the page appended ("Talks resume - Daily Courier" when the site is "Daily Courier").</summary>
    private static string? WithoutSite(string? title, string? site)
    {
        if (title is null || string.IsNullOrWhiteSpace(site)) return title;
        site = CollapseSpace(site);
        foreach (var separator in SiteSeparators.Append(" : "))
        {
            if (title.EndsWith(separator + site, StringComparison.OrdinalIgnoreCase) && title.Length > separator.Length + site.Length)
                return title[..^(separator.Length + site.Length)];
        }
        return title;
    }

    /// <summary>A page title without the site's name after the last separator ("Talks resume | The Daily Courier").</summary>
    private static string? TitleWithoutSiteName(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        foreach (var separator in SiteSeparators)
        {
            var i = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (i > 0 && title.Length - i - separator.Length <= 40) return title[..i];
        }
        return title;
    }

    /// <summary>The article's fields in the page's JSON-LD (schema.org NewsArticle and its kin, in arrays and <c>@graph</c> too).</summary>
    private sealed record LinkedData(string? Headline, string? DatePublished, string? Url, string? ArticleBody)
    {
        public static LinkedData From(IHtmlDocument page)
        {
            var found = new LinkedData(null, null, null, null);
            foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
            {
                try
                {
                    using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
                    found = Search(json.RootElement, found);
                }
                catch (JsonException)
                {
                    // A broken JSON-LD block is the page's defect; the markup is still read.
                }
            }
            return found;
        }

        private static LinkedData Search(JsonElement element, LinkedData found)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray()) found = Search(item, found);
                return found;
            }
            if (element.ValueKind != JsonValueKind.Object) return found;
            if (IsArticle(element))
            {
                found = new LinkedData(
                    found.Headline ?? String(element, "headline"),
                    found.DatePublished ?? String(element, "datePublished"),
                    found.Url ?? String(element, "url") ?? (element.TryGetProperty("mainEntityOfPage", out var page) ? page.ValueKind == JsonValueKind.String ? page.GetString() : String(page, "@id") : null),
                    found.ArticleBody ?? String(element, "articleBody"));
            }
            if (element.TryGetProperty("@graph", out var graph)) found = Search(graph, found);
            return found;
        }

        private static bool IsArticle(JsonElement element)
        {
            if (element.TryGetProperty("articleBody", out _)) return true;
            if (!element.TryGetProperty("@type", out var type)) return false;
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()) : [type.ToString()];
            return types.Any(t => t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "Report");
        }

        private static string? String(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
