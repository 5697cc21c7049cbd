using Microsoft.AspNetCore.WebUtilities;

namespace Newsdesk.Export.Tests;

public sealed class ExportRequestParserTests
{
    private static ExportRequestParseResult Parse(string dataset, string query, string? accept = null) =>
        ExportRequestParser.Parse(dataset, QueryHelpers.ParseQuery(query), accept);

    [Fact]
    public void UnknownDatasetIs404ListingTheDatasets()
    {
        var problem = Parse("widgets", "").Problem!;
        Assert.Equal(404, problem.Status);
        Assert.Equal("dataset", problem.Parameter);
        Assert.Equal(["articles", "authors", "mentions", "entities", "quotes", "images"], problem.Allowed);
    }

    [Theory]
    [InlineData("from=2024-13-01", "from")]
    [InlineData("to=yesterday", "to")]
    [InlineData("from=2024-06-20&to=2024-06-19", "to")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=100001", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("continuation=not-a-token", "continuation")]
    [InlineData("colour=red", "colour")]
    [InlineData("language=english", "language")]
    [InlineData("outlet=bbc.co.uk/news", "outlet")]
    [InlineData("entity=putin", "entity")]
    [InlineData("person=place:north-korea", "person")]
    [InlineData("fields=title,nope", "fields")]
    [InlineData("fields=title,title", "fields")]
    [InlineData("q=a&q=b", "q")]
    public void BadParameterIs400NamingIt(string query, string parameter)
    {
        var problem = Parse("articles", query, "text/csv").Problem!;
        Assert.Equal(400, problem.Status);
        Assert.Equal(parameter, problem.Parameter);
        Assert.Equal("urn:newsdesk:problem:invalid-parameter", problem.Type);
        Assert.False(string.IsNullOrWhiteSpace(problem.Detail));
    }

    [Fact]
    public void UnknownParameterListsTheAllowedOnes()
    {
        var problem = Parse("mentions", "persn=Putin").Problem!;
        Assert.Contains("person", problem.Allowed!);
    }

    [Fact]
    public void UnknownFormatIs406()
    {
        var problem = Parse("articles", "format=xlsx").Problem!;
        Assert.Equal(406, problem.Status);
        Assert.Equal("format", problem.Parameter);
        Assert.Contains("parquet", problem.Allowed!);
    }

    [Fact]
    public void UnacceptableAcceptIs406()
    {
        var problem = Parse("articles", "", "application/xml, text/html;q=0.9").Problem!;
        Assert.Equal(406, problem.Status);
        Assert.Equal("Accept", problem.Parameter);
    }

    [Theory]
    [InlineData(null, ExportFormat.Ndjson)]
    [InlineData("*/*", ExportFormat.Ndjson)]
    [InlineData("text/csv", ExportFormat.Csv)]
    [InlineData("application/json", ExportFormat.Json)]
    [InlineData("application/x-ndjson", ExportFormat.Ndjson)]
    [InlineData("application/vnd.apache.parquet", ExportFormat.Parquet)]
    [InlineData("application/x-parquet", ExportFormat.Parquet)]
    [InlineData("text/html, text/csv;q=0.5, application/json;q=0.8", ExportFormat.Json)]
    [InlineData("application/json;q=0, text/csv", ExportFormat.Csv)]
    public void AcceptChoosesTheFormat(string? accept, ExportFormat expected) =>
        Assert.Equal(expected, Parse("articles", "", accept).Request!.Format);

    [Fact]
    public void FormatParameterWinsOverAccept() =>
        Assert.Equal(ExportFormat.Parquet, Parse("articles", "format=parquet", "text/csv").Request!.Format);

    [Fact]
    public void RepeatedAndCommaValuesMeanAnyOf()
    {
        var request = Parse("mentions", "person=Putin,person:kim-jong-un&person=Kim&outlet=WWW.BBC.co.uk&author=Cat Barton").Request!;
        Assert.Equal(["Putin", "person:kim-jong-un", "Kim"], request.People);
        Assert.Equal(["bbc.co.uk"], request.Outlets);
        Assert.Equal(["cat-barton"], request.Authors);
    }

    [Fact]
    public void DatesAcceptDateAndDateTime()
    {
        var request = Parse("articles", "from=2024-06-19&to=2024-06-20T12:00:00Z").Request!;
        Assert.Equal(new DateOnly(2024, 6, 19), request.From!.Date);
        Assert.Equal(new TimeOnly(12, 0), request.To!.Time);
    }

    [Fact]
    public void EntitiesRejectArticleFilters()
    {
        var problem = Parse("entities", "outlet=bbc.co.uk").Problem!;
        Assert.Equal(400, problem.Status);
        Assert.Equal("outlet", problem.Parameter);
        Assert.True(Parse("entities", "from=2024-06-19").IsValid);
    }

    [Fact]
    public void ArticleJsonFieldsAreTheArticleShapeMembers()
    {
        Assert.True(Parse("articles", "format=json&fields=id,entities").IsValid);
        Assert.Equal(400, Parse("articles", "format=csv&fields=entities").Problem!.Status);
        Assert.True(Parse("articles", "format=csv&fields=id,wordCount").IsValid);
    }

    [Fact]
    public void ContinuationIssuedForOtherFiltersIsRefused()
    {
        var request = Parse("mentions", "person=Putin").Request!;
        var token = new ContinuationToken(ContinuationToken.CurrentVersion, ContinuationToken.FingerprintOf(request), "2024-06-19_1", "m_x", "m_x").Encode();
        Assert.True(Parse("mentions", "person=Putin&format=csv&continuation=" + token).IsValid);
        var problem = Parse("mentions", "person=Kim&continuation=" + token).Problem!;
        Assert.Equal("continuation", problem.Parameter);
    }
}
