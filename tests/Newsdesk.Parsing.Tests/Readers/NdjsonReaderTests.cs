namespace Newsdesk.Parsing.Tests.Readers;

public sealed class NdjsonReaderTests
{
    [Fact]
    public void ABadLineIsAnErrorWithItsLineNumberAndTheOthersStillParse()
    {
        const string ndjson = "{\"title\": \"One\", \"text\": \"First.\"}\n{\"title\": \"Two\", \"text\": \n\n{\"title\": \"Three\", \"body\": \"Third.\"}\n[1, 2]\n{\"nothing\": true}\n";

        var result = TestParse.Parse(ndjson, "feed.ndjson");

        Assert.Equal(["One", "Three"], result.Articles.Select(a => a.Title));
        Assert.All(result.Articles, a => Assert.Equal("ndjson", a.Source.Format));
        Assert.Equal([(2, "malformed-json"), (5, "no-article"), (6, "no-article")], result.Errors.Select(e => (e.Line ?? 0, e.Code)));
        Assert.Contains("line 2", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASingleObjectLineInAJsonlFileIsNdjson()
    {
        var article = TestParse.Single("{\"title\": \"Only\", \"text\": \"x.\"}\n", "one.jsonl");

        Assert.Equal("ndjson", article.Source.Format);
    }

    [Fact]
    public void LinesWithoutUrlsGetDifferentIds()
    {
        var result = TestParse.Parse("{\"title\": \"A\", \"text\": \"x.\"}\r\n{\"title\": \"B\", \"text\": \"y.\"}\r\n", "crlf.ndjson");

        Assert.Equal(2, result.Articles.Select(a => a.Id).Distinct().Count());
    }
}
