using static Graph.Documents.Tests.Reading;

namespace Graph.Documents.Tests;

/// <summary>
/// Saved news pages (tests/fixtures/pages, written for this project in the shapes of real news sites): the article's
/// paragraphs without the page around them, and the headline, date and URL from the page's metadata.
/// </summary>
public sealed class HtmlPageReadingTests : IDisposable
{
    private static readonly string Pages = Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "pages");
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static async Task<SourceDocument> ReadPage(string name)
    {
        var result = (await ReadAllAsync(Path.Combine(Pages, name))).Should().ContainSingle().Which;
        result.Issues.Should().BeEmpty();
        return result.Document!;
    }

    [Fact]
    public async Task A_news_page_gives_its_paragraphs_without_navigation_share_bars_ads_related_links_or_footer()
    {
        var doc = await ReadPage("wire-service-article.html");

        doc.Text.Should().StartWith("TALLINN", "the header with headline, byline and time is not the text");
        doc.Text.Should().Contain("TALLINN — Estonian Foreign Minister Marta Kask said on Thursday that her government \"fully supports\" the Baltic Coastal Railway")
            .And.Contain("Latvia’s transport minister, Janis Ozols, told reporters")
            .And.Contain("“We will finish what we started,” he said.")
            .And.Contain("The European Union has pledged to cover part of the cost, officials said.");
        foreach (var furniture in new[] { "World", "Share on X", "Advertisement", "Rail freight grows", "newsletter", "cookies", "©", "Photo: Courier", "dataLayer", "display:flex" })
        {
            doc.Text.Should().NotContain(furniture);
        }
        doc.Text.Should().NotContain("&quot;").And.NotContain("&nbsp;").And.NotContain("<").And.NotContain("\u00A0");
    }

    [Fact]
    public async Task A_news_page_gives_title_date_and_canonical_url_from_its_metadata_and_keeps_paragraph_breaks()
    {
        var doc = await ReadPage("wire-service-article.html");

        doc.Title.Should().Be("Ministers back Baltic rail link at Tallinn meeting");
        doc.Date.Should().Be(new DateOnly(2024, 3, 14));
        doc.Url.Should().Be("https://courier.example.org/europe/2024/03/baltic-rail-link");
        doc.Text.Should().NotContain("Ministers back Baltic rail link", "the headline is the title, not a paragraph of the text");
        doc.Text.Split("\n\n").Should().HaveCountGreaterThanOrEqualTo(3, "each paragraph of the page is one of the text");
        doc.Source.Should().EndWith("wire-service-article.html");
    }

    [Fact]
    public async Task A_page_whose_article_is_only_in_its_json_ld_gives_the_json_ld_article()
    {
        var doc = await ReadPage("app-shell-json-ld.html");

        doc.Text.Should().StartWith("MUSCAT, Nov 2 - Oman and Kenya signed an agreement on Thursday");
        doc.Text.Should().Contain("\n\nOmani Trade Minister Salim Al-Harthy said").And.Contain("“This is a partnership for decades,” he said.");
        doc.Text.Should().NotContain("Loading").And.NotContain("JavaScript");
        doc.Title.Should().Be("Oman and Kenya sign harbour deal");
        doc.Date.Should().Be(new DateOnly(2023, 11, 2));
        doc.Url.Should().Be("https://ledger.example.com/news/oman-kenya-harbour");
    }

    [Fact]
    public async Task A_portal_page_of_divs_without_paragraph_or_article_elements_gives_its_story()
    {
        var doc = await ReadPage("div-layout-portal.html");

        doc.Text.Should().StartWith("ABUJA (PAN) - Nigerian President Tunde Okafor on Friday welcomed");
        doc.Text.Should().Contain("\"This pipeline will bring power to millions,\" Okafor said in a speech in the capital.")
            .And.Contain("Algeria's energy minister, Karim Benali, said work would begin next year.");
        foreach (var furniture in new[] { "Home", "Facebook", "WhatsApp", "Most read", "Flood warning", "Terms" })
        {
            doc.Text.Should().NotContain(furniture);
        }
        doc.Title.Should().Be("President Okafor welcomes gas pipeline accord", "the site's name after the last separator of <title> is not the headline");
        doc.Date.Should().Be(new DateOnly(2019, 6, 21));
    }

    [Fact]
    public async Task A_page_in_its_declared_legacy_encoding_is_decoded_by_that_encoding()
    {
        var doc = await ReadPage("windows-1252-page.html");

        doc.Text.Should().Be("MONTEVIDEO - Uruguay’s foreign minister, Sofía Pereira, said on Monday the talks would resume “within weeks”.");
        doc.Title.Should().Be("Talks in Montevideo");
    }

    [Fact]
    public async Task A_page_without_an_html_extension_is_recognised_by_its_doctype()
    {
        var path = _folder.Write("saved-page", "<!DOCTYPE html><html><body><article><p>Minister Ana Duarte said the bridge would open in May.</p></article><footer>Site footer</footer></body></html>");

        var doc = (await ReadAllAsync(path)).Should().ContainSingle().Which.Document!;

        doc.Text.Should().Be("Minister Ana Duarte said the bridge would open in May.");
    }

    [Fact]
    public async Task A_page_with_no_article_text_is_named_and_skipped()
    {
        var path = _folder.Write("empty.html", "<html><head><title>Nothing here</title><script>var a = 1;</script></head><body><nav><a href='/'>Home</a></nav></body></html>");

        var result = (await ReadAllAsync(path)).Should().ContainSingle().Which;

        result.Document.Should().BeNull();
        result.Issues.Should().ContainSingle().Which.Message.Should().Be("no article text found in this page");
    }

    [Fact]
    public async Task A_story_container_whose_class_names_a_share_tool_is_still_read()
    {
        // Publishing systems mark the story container itself with feature classes; only page furniture is left out.
        var path = _folder.Write("story.html",
            "<html><body><div class=\"story has-social-tools\"><p>Kenyan officials said the ferry service would resume on Monday after repairs.</p>" +
            "<p>Transport Minister Joseph Kamau said the port had reopened.</p></div><div class=\"social-links\"><a href='#'>Share</a></div></body></html>");

        var doc = (await ReadAllAsync(path)).Should().ContainSingle().Which.Document!;

        doc.Text.Should().Be("Kenyan officials said the ferry service would resume on Monday after repairs.\n\nTransport Minister Joseph Kamau said the port had reopened.");
    }

    [Fact]
    public async Task A_story_container_inside_the_article_whose_class_names_a_share_tool_is_still_read()
    {
        var path = _folder.Write("nested.html",
            "<html><body><article><div class=\"content social-enabled\"><p>Kenyan officials said the ferry service would resume on Monday after repairs.</p>" +
            "<p>Transport Minister Joseph Kamau said the port had reopened.</p></div><div class=\"share-tools\"><p>Share this story with friends and colleagues today</p></div></article></body></html>");

        var doc = (await ReadAllAsync(path)).Should().ContainSingle().Which.Document!;

        doc.Text.Should().Be("Kenyan officials said the ferry service would resume on Monday after repairs.\n\nTransport Minister Joseph Kamau said the port had reopened.");
    }

    [Fact]
    public async Task A_json_lines_record_may_give_its_article_as_html()
    {
        var path = _folder.Write("crawl.jsonl",
            """{"id":"c-1","html":"<html><head><meta property=\"og:title\" content=\"Ferry talks\"><link rel=\"canonical\" href=\"https://news.example/ferry\"></head><body><nav>Menu</nav><article><p>Minister Ana Duarte said the ferry talks &amp; the port deal would go on.</p></article></body></html>"}""" + "\n" +
            """{"id":"c-2","title":"Given title","date":"2021-05-01","html":"<p>Ambassador Li Wen said trade grew.</p>"}""" + "\n");

        var results = await ReadAllAsync(path);

        results.Should().HaveCount(2);
        var first = results[0].Document!;
        first.Text.Should().Be("Minister Ana Duarte said the ferry talks & the port deal would go on.");
        first.Title.Should().Be("Ferry talks");
        first.Url.Should().Be("https://news.example/ferry");
        var second = results[1].Document!;
        second.Text.Should().Be("Ambassador Li Wen said trade grew.");
        second.Title.Should().Be("Given title", "the record's own fields win over the page's");
        second.Date.Should().Be(new DateOnly(2021, 5, 1));
    }

    [Fact]
    public async Task A_story_split_into_sections_or_folded_behind_read_more_is_read_whole()
    {
        var path = _folder.Write("split.html",
            "<html><body><div class=\"story\"><section><p>Kenyan officials said on Monday that the ferry service between Mombasa and Lamu would resume after repairs.</p></section>" +
            "<section><p>Transport Minister Joseph Kamau said the port had reopened and that two new vessels would join the route in June.</p>" +
            "<p>He said the government remained committed to the Lamu Port Project.</p></section>" +
            "<div class=\"read-more hidden-on-load\"><p>Local traders welcomed the news, saying the closure had cost them weeks of business.</p></div></div></body></html>");

        var doc = (await ReadAllAsync(path)).Should().ContainSingle().Which.Document!;

        doc.Text.Should().StartWith("Kenyan officials said on Monday")
            .And.Contain("remained committed to the Lamu Port Project.").And.EndWith("weeks of business.");
    }

    [Fact]
    public async Task A_meta_element_named_article_body_in_the_head_is_not_taken_for_the_article()
    {
        var path = _folder.Write("meta.html",
            "<html><head><meta itemprop=\"articleBody\" content=\"A teaser of the story.\"><meta property=\"og:title\" content=\"Ferry resumes - Coast Herald\"><meta property=\"og:site_name\" content=\"Coast Herald\"></head>" +
            "<body><div itemprop=\"articleBody\"><p>Kenyan officials said on Monday that the ferry service would resume after repairs.</p></div></body></html>");

        var doc = (await ReadAllAsync(path)).Should().ContainSingle().Which.Document!;

        doc.Text.Should().Be("Kenyan officials said on Monday that the ferry service would resume after repairs.");
        doc.Title.Should().Be("Ferry resumes", "the site's name the page appends is not part of the headline");
    }
}
