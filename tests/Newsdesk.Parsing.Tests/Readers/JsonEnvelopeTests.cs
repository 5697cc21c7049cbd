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

    [Fact]
    public void AJsonFeedGivesItsItemsNotItsOwnTitle()
    {
        const string json = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "Harbour Notes", "items": [
              {"id": "1", "url": "https://notes.example/tide", "title": "Record tide floods quay", "content_html": "<p>The quay flooded.</p>", "authors": [{"name": "Pia Lund"}]},
              {"id": "2", "url": "https://notes.example/crane", "title": "New crane arrives", "content_text": "The crane arrived by barge."}]}
            """;

        var result = TestParse.Parse(json, "feed.json");

        Assert.Empty(result.Errors);
        Assert.Equal(["Record tide floods quay", "New crane arrives"], result.Articles.Select(a => a.Title));
        Assert.Equal("The crane arrived by barge.", result.Articles[1].Text);
    }

    [Fact]
    public void RssConvertedToJsonGivesTheChannelItems()
    {
        const string json = """
            {"rss": {"channel": {"title": "Valley Wire", "link": "https://valleywire.example", "item": [
              {"title": "Mill closes after 90 years", "link": "https://valleywire.example/mill", "pubDate": "Mon, 02 Sep 2024 09:00:00 +0000",
               "description": "<p>The last mill closed on Friday.</p>", "dc:creator": "Rob Hale"}]}}}
            """;

        var article = TestParse.Single(json, "rss.json");

        Assert.Equal("Mill closes after 90 years", article.Title);
        Assert.Equal("Rob Hale", Assert.Single(article.Authors).Name);
        Assert.Equal("2024-09-02T09:00:00Z", article.PublishedAt?.ToString());
        Assert.Equal("The last mill closed on Friday.", article.Text);
    }

    [Fact]
    public void AnArticleWithATitleButNoTextIsStillReadWhenNoListHoldsArticles()
    {
        var article = TestParse.Single("""{"title": "Only a headline", "tags": [{"name": "x"}], "images": [{"url": "https://i.example/a.jpg"}]}""", "t.json");

        Assert.Equal("Only a headline", article.Title);
    }
}
