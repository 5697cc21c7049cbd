namespace Newsdesk.Parsing.Tests.Readers;

/// <summary>Field spellings and value shapes of JSON uploads beyond the common ones.</summary>
public sealed class JsonFieldVariantTests
{
    [Fact]
    public void ReadsNewsApiImageAndAuthorNameFields()
    {
        const string json = """
            {"title": "Ferry adds night crossings", "urlToImage": "https://img.example/ferry.jpg", "authorName": "Ines Moreau",
             "url": "https://www.harbourdaily.example/ferry", "content": "Two night crossings start in April.", "source": {"id": "hd", "name": "Harbour Daily"}}
            """;

        var article = TestParse.Single(json, "n.json");

        Assert.Equal("https://img.example/ferry.jpg", Assert.Single(article.Images).Url);
        Assert.Equal("Ines Moreau", Assert.Single(article.Authors).Name);
        Assert.Equal("Harbour Daily", article.Outlet?.Name);
    }

    [Fact]
    public void APublisherObjectWithADomainNamesTheOutletOfAnArticleWithoutUrl()
    {
        const string json = """{"title": "T", "text": "x.", "publisher": {"name": "Valley Herald", "domain": "valleyherald.example"}}""";

        var article = TestParse.Single(json, "p.json");

        Assert.Equal(("valleyherald.example", "Valley Herald"), (article.Outlet?.Domain, article.Outlet?.Name));
    }

    [Fact]
    public void JoinsFirstAndLastNamesOfAuthorObjects()
    {
        const string json = """
            {"title": "T", "text": "x.", "authors": [{"first_name": "Nina", "last_name": "Okafor"}, {"givenName": "Li", "familyName": "Wen", "organization": "Daily Star"}]}
            """;

        var article = TestParse.Single(json, "a.json");

        Assert.Equal(["Nina Okafor|", "Li Wen|Daily Star"], article.Authors.Select(a => $"{a.Name}|{a.Affiliation}"));
    }

    [Fact]
    public void MediaListsKeepPicturesDropClipsAndLoseTheCreditLabel()
    {
        const string json = """
            {"title": "T", "body_html": "<p>Body.</p>", "media": [
              {"type": "video", "url": "https://v.example/clip.mp4", "caption": "Clip"},
              {"type": "image", "src": "https://i.example/sun.jpg", "caption": "Crowds at the beach", "credit": "Photo: Lee Ho"}]}
            """;

        var article = TestParse.Single(json, "m.json");

        var image = Assert.Single(article.Images);
        Assert.Equal(("https://i.example/sun.jpg", "Crowds at the beach", "Lee Ho"), (image.Url, image.Caption, image.Credit));
        Assert.Equal("Body.", article.Text);
    }

    [Theory]
    [InlineData("pubDate", "\"Sat, 09 Mar 2024 14:30:00 GMT\"", "2024-03-09T14:30:00Z")]
    [InlineData("date", "1717243200000", "2024-06-01T12:00:00Z")]
    [InlineData("webPublicationDate", "\"2024-01-02T00:01:00Z\"", "2024-01-02T00:01:00Z")]
    [InlineData("date_gmt", "\"2024-08-01T09:00:00\"", "2024-08-01T09:00:00")]
    public void ReadsDatesUnderManyNamesAndForms(string field, string value, string expected)
    {
        var article = TestParse.Single($$"""{"title": "T", "text": "x.", "{{field}}": {{value}}}""", "d.json");

        Assert.Equal(expected, article.PublishedAt?.ToString());
    }

    [Fact]
    public void ATopLevelFieldWinsOverTheSameFieldInAMetadataContainer()
    {
        const string json = """{"title": "Outer", "text": "x.", "meta": {"title": "Inner", "language": "de"}}""";

        var article = TestParse.Single(json, "c.json");

        Assert.Equal("Outer", article.Title);
        Assert.Equal("de", article.Language);
    }

    [Fact]
    public void AWholeBylineInsideAnAuthorObjectIsParsedAsAByline()
    {
        const string json = """{"headline": "T", "text": "x.", "byline": {"original": "By Carl Jensen and Mia Holm"}}""";

        var article = TestParse.Single(json, "b.json");

        Assert.Equal(["Carl Jensen", "Mia Holm"], article.Authors.Select(a => a.Name));
    }

    [Fact]
    public void AnOrganizationAuthorWithAndInItsNameStaysOneOrganization()
    {
        const string json = """{"headline": "T", "text": "x.", "author": {"@type": "Organization", "name": "Sand and Sea Media"}}""";

        var article = TestParse.Single(json, "o.json");

        Assert.Equal("Sand and Sea Media", Assert.Single(article.Authors).Name);
    }

    [Fact]
    public void TheTruncationMarkerOfNewsApisIsNotBodyText()
    {
        var article = TestParse.Single("""{"title": "T", "content": "A sailing school opened on Wednesday. [+812 chars]"}""", "t.json");

        Assert.Equal("A sailing school opened on Wednesday.", article.Text);
    }

    [Fact]
    public void ReadsABodyNestedInAContentObjectAndDrupalAttributes()
    {
        var nested = TestParse.Single("""{"title": "T", "content": {"body": "<p>The market returned on Friday.</p>"}}""", "n.json");
        var drupal = TestParse.Single("""{"attributes": {"title": "Pier repaired", "body": {"value": "<p>Repairs finished.</p>", "format": "full_html"}, "langcode": "en"}}""", "d.json");

        Assert.Equal("The market returned on Friday.", nested.Text);
        Assert.Equal(("Pier repaired", "Repairs finished.", "en"), (drupal.Title, drupal.Text, drupal.Language));
    }

    [Fact]
    public void MarkdownHeadingsInATextBodyStartSections()
    {
        const string json = """[{"@type": "NewsArticle", "headline": "T", "articleBody": "## Approval\n\nRegulators approved it.\n\n## Next steps\n\nWork starts next year."}]""";

        var article = TestParse.Single(json, "md.json");

        Assert.Equal(["Approval", "Next steps"], article.Sections.Select(s => s.Heading));
        Assert.DoesNotContain("#", article.Text);
    }
}
