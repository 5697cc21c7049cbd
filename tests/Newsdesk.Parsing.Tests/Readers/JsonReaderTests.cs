namespace Newsdesk.Parsing.Tests.Readers;

public sealed class JsonReaderTests
{
    [Fact]
    public void ReadsTheUsualFieldNamesWithoutCase()
    {
        const string json = """
            {"HEADLINE": "Port strike ends", "canonicalUrl": "https://www.example.com/a?utm_source=x",
             "Authors": ["Li Wei", {"name": "Sam Ode", "affiliation": "Reuters"}],
             "published_at": "2024-06-19T10:30:00+03:00", "content": ["First paragraph.", "Second paragraph."],
             "dek": "Dockers accept the offer", "top_image": {"url": "https://img.example.com/1.jpg", "caption": "Dockers", "credit": "A. Photographer"},
             "inLanguage": "fr-FR", "site_name": "Example News"}
            """;

        var article = TestParse.Single(json, "a.json");

        Assert.Equal("Port strike ends", article.Title);
        Assert.Equal("Dockers accept the offer", article.Subtitle);
        Assert.Equal("https://www.example.com/a", article.CanonicalUrl);
        Assert.Equal(["Sam Ode|Reuters", "Li Wei|"], article.Authors.Select(a => $"{a.Name}|{a.Affiliation}"));
        Assert.Equal("2024-06-19T10:30:00+03:00", article.PublishedAt?.ToString());
        Assert.Equal("First paragraph.\n\nSecond paragraph.", article.Text);
        Assert.Equal("Dockers", Assert.Single(article.Images).Caption);
        Assert.Equal("fr", article.Language);
        Assert.Equal("Example News", article.Outlet?.Name);
    }

    [Fact]
    public void IgnoresFieldsOfTheWrongTypeInsteadOfFailing()
    {
        const string json = """
            {"title": 42, "headline": "Real title", "url": {"nested": [1, 2, {"deep": null}]}, "author": [7, null, {"x": true}],
             "date": true, "text": {"weird": [[[]]]}, "body": "The body.", "image": 3.5, "language": ["en"], "source": false}
            """;

        var article = TestParse.Single(json, "odd.json");

        Assert.Equal("Real title", article.Title);
        Assert.Equal("The body.", article.Text);
        Assert.Null(article.Url);
        Assert.Empty(article.Authors);
        Assert.Null(article.PublishedAt);
    }

    [Fact]
    public void StripsHtmlFromBodyFieldsAndMakesSectionsOfHeadings()
    {
        var article = TestParse.Single("""{"title": "T", "articleBody": "<p>One &amp; two.</p><figure><figcaption>skip</figcaption></figure><h2>Next</h2><p>Three<br>four.</p><script>x()</script>"}""", "h.json");

        Assert.Equal([null, "Next"], article.Sections.Select(s => s.Heading));
        // "<br>" ends a line; the lower-case continuation is joined back to its sentence.
        Assert.Equal("One & two.\n\nNext\n\nThree four.", article.Text);
    }

    [Fact]
    public void ReadsAnArrayAndAWrapperOfArticlesEachWithItsOwnId()
    {
        var array = TestParse.Parse("""[{"title": "A", "text": "a."}, {"title": "B", "text": "b."}]""", "list.json");
        var wrapped = TestParse.Parse("""{"status": "ok", "articles": [{"title": "C", "text": "c."}]}""", "wrapped.json");

        Assert.Equal(["A", "B"], array.Articles.Select(a => a.Title));
        Assert.NotEqual(array.Articles[0].Id, array.Articles[1].Id);
        Assert.Equal("C", Assert.Single(wrapped.Articles).Title);
    }

    [Fact]
    public void ReadsTheArticleNodeOfAJsonLdGraph()
    {
        const string json = """
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebPage", "@id": "https://www.example.com/a", "name": "Page"},
              {"@type": ["NewsArticle"], "headline": "Bridge reopens", "mainEntityOfPage": {"@id": "https://www.example.com/a"},
               "author": [{"@type": "Person", "name": "Ida Lund"}, {"@type": "Organization", "name": "Example News"}],
               "datePublished": "2024-06-19T08:00:00Z", "articleBody": "The bridge reopened.",
               "image": {"@type": "ImageObject", "url": "https://img.example.com/b.jpg", "caption": "The bridge"},
               "publisher": {"@type": "Organization", "name": "Example News"}},
              {"@type": "Organization", "name": "Example News"}]}
            """;

        var result = TestParse.Parse(json, "graph.json");

        var article = Assert.Single(result.Articles);
        Assert.Empty(result.Errors);
        Assert.Equal("Bridge reopens", article.Title);
        Assert.Equal("https://www.example.com/a", article.CanonicalUrl);
        Assert.Equal([new Model.Author("Ida Lund")], article.Authors);
        Assert.Equal("2024-06-19T08:00:00Z", article.PublishedAt?.ToString());
        Assert.Equal(new Model.ArticleImage("https://img.example.com/b.jpg", "The bridge", null), Assert.Single(article.Images));
        Assert.Equal(new Model.Outlet("example.com", "Example News"), article.Outlet);
    }

    [Fact]
    public void ReadsNewsdeskOwnArticleJsonBack()
    {
        const string markdown = """
            # Quarry Expansion Rejected

            By [Nora Quinn for AFP](#)

            April 2, 2025

            The council rejected the plan on Tuesday.

            ## **Next steps**

            The company said it would appeal.

            Original url:

            <https://www.valleynews.example/2025/04/02/quarry>
            """;
        var original = TestParse.Single(markdown, "quarry.md");

        var again = TestParse.Single(Model.ArticleJson.Serialize(original), "quarry.json");

        Assert.Equal(
            Model.ArticleJson.Serialize(original with { Id = "", Source = original.Source with { Format = "", ContentHash = "" } }),
            Model.ArticleJson.Serialize(again with { Id = "", Source = original.Source with { Format = "", ContentHash = "" } }));
    }

    [Fact]
    public void ReadsUnixEpochDates()
    {
        var article = TestParse.Single("""{"title": "T", "text": "x.", "pubDate": 1718792400}""", "e.json");

        Assert.Equal("2024-06-19T10:20:00Z", article.PublishedAt?.ToString());
    }

    [Theory]
    [InlineData("""{"foo": "bar"}""", "no-article")]
    [InlineData("""{"title": "x", """, "malformed-json")]
    [InlineData("[]", "no-article")]
    public void ReportsWhatIsWrongWithAnUnusableDocument(string json, string code)
    {
        var result = TestParse.Parse(json, "bad.json");

        Assert.Empty(result.Articles);
        Assert.Equal(code, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void RefusesHostileNestingWithAnError()
    {
        var json = "{\"title\": \"x\", \"a\": " + new string('[', 5000) + new string(']', 5000) + "}";

        var result = TestParse.Parse(json, "deep.json");

        var error = Assert.Single(result.Errors);
        Assert.Equal("too-deep", error.Code);
        Assert.Contains("64 levels", error.Message);
    }
}
