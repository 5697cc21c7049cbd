namespace Newsdesk.Parsing.Tests.Readers;

/// <summary>Articles inside the envelopes of news APIs, CMS exports and search indexes.</summary>
public sealed class JsonEnvelopeTests
{
    [Fact]
    public void FindsTheArticleListTwoObjectsDown()
    {
        const string json = """
            {"data": {"total": 2, "items": [
              {"headline": "Pier reopens", "body": "The pier reopened on Friday."},
              {"headline": "Pool closes", "body": "The pool closed for repairs."}]}}
            """;

        var result = TestParse.Parse(json, "feed.json");

        Assert.Empty(result.Errors);
        Assert.Equal(["Pier reopens", "Pool closes"], result.Articles.Select(a => a.Title));
    }

    [Fact]
    public void FindsResultsUnderAResponseObjectAndReadsTheirFieldsContainer()
    {
        const string json = """
            {"response": {"status": "ok", "results": [{"webTitle": "Tram fares frozen", "webUrl": "https://paper.example/tram-fares",
              "webPublicationDate": "2024-01-02T08:00:00Z", "fields": {"byline": "Ola Lund", "bodyText": "Fares stay the same next year.", "trailText": "Relief for riders"}}]}}
            """;

        var article = TestParse.Single(json, "api.json");

        Assert.Equal("Tram fares frozen", article.Title);
        Assert.Equal("https://paper.example/tram-fares", article.Url);
        Assert.Equal("2024-01-02T08:00:00Z", article.PublishedAt?.ToString());
        Assert.Equal("Ola Lund", Assert.Single(article.Authors).Name);
        Assert.Equal("Fares stay the same next year.", article.Text);
        Assert.Equal("Relief for riders", article.Subtitle);
    }

    [Fact]
    public void UnwrapsASingleArticleObjectWithWordPressRenderedFields()
    {
        const string json = """
            {"article": {"title": {"rendered": "Clock tower restored"}, "content": {"rendered": "<p>The clock runs again.</p>"},
              "date_gmt": "2024-08-01T09:00:00", "link": "https://weekly.example/clock", "author_name": "Rae Holt"}}
            """;

        var article = TestParse.Single(json, "wp.json");

        Assert.Equal("Clock tower restored", article.Title);
        Assert.Equal("The clock runs again.", article.Text);
        Assert.Equal("Rae Holt", Assert.Single(article.Authors).Name);
        Assert.Equal("2024-08-01T09:00:00", article.PublishedAt?.ToString());
    }

    [Fact]
    public void ReadsSearchIndexHitsAndGraphQlEdges()
    {
        const string hits = """{"hits": {"total": 1, "hits": [{"_id": "1", "_source": {"title": "Dam inspected", "text": "Engineers inspected the dam."}}]}}""";
        const string edges = """{"data": {"articles": {"edges": [{"node": {"title": "Road resurfaced", "text": "The road was resurfaced."}}]}}}""";

        Assert.Equal("Dam inspected", TestParse.Single(hits, "es.json").Title);
        Assert.Equal("Road resurfaced", TestParse.Single(edges, "gql.json").Title);
    }

    [Fact]
    public void StopsLookingBeyondFourWrappersWithANoArticleError()
    {
        var json = string.Concat(Enumerable.Repeat("{\"data\": ", 30)) + "{\"x\": 1}" + new string('}', 30);

        var result = TestParse.Parse(json, "nested.json");

        Assert.Empty(result.Articles);
        Assert.Equal("no-article", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void AnApiErrorEnvelopeIsANoArticleError()
    {
        var result = TestParse.Parse("""{"status": "error", "code": 429, "message": "rate limited", "data": []}""", "err.json");

        Assert.Empty(result.Articles);
        Assert.Equal("no-article", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void NdjsonLinesMayWrapTheirArticle()
    {
        var result = TestParse.Parse("{\"item\": {\"title\": \"Two\", \"body\": \"Second.\"}}\n{\"title\": \"Three\", \"text\": \"Third.\"}\n", "batch.ndjson");

        Assert.Empty(result.Errors);
        Assert.Equal(["Two", "Three"], result.Articles.Select(a => a.Title));
    }
}
