using System.Text;

namespace Newsdesk.Parsing.Tests.Robustness;

/// <summary>Legacy encodings, pathological nesting, wrongly typed JSON and partly broken NDJSON.</summary>
public sealed class HostileStructureTests
{
    [Fact]
    public void Windows1252HtmlDeclaredByMetaCharsetIsDecodedWithThatCharset()
    {
        const string page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"windows-1252\"><title>x</title></head><body><article>" +
            "<h1>Café “Central” reopens in Zürich</h1><p>The café on the Limmat reopened on Monday — with its old terrace, its owner said.</p>" +
            "<p>“We are back,” said owner Ana Müller. It had been closed for two years while the building was restored.</p></article></body></html>";
        var bytes = CodePages.Windows1252(page);

        var result = BoundedParse.Run(bytes, "cafe.html");

        var article = Assert.Single(result.Articles);
        Assert.Equal("Café “Central” reopens in Zürich", article.Title);
        Assert.Contains("Ana Müller", article.Text, StringComparison.Ordinal);
        Assert.Contains("Monday — with", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlNestedTenThousandLevelsDeepDoesNotCrash()
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><title>Deep page</title></head><body>");
        for (var i = 0; i < 10_000; i++)
        {
            html.Append("<div>");
        }

        html.Append("<p>The innermost paragraph of a very deep page has some words in it.</p>");
        for (var i = 0; i < 10_000; i++)
        {
            html.Append("</div>");
        }

        html.Append("</body></html>");

        var result = BoundedParse.Run(Encoding.UTF8.GetBytes(html.ToString()), "deep.html");

        Assert.True(BoundedParse.IsWellFormed(result));
    }

    [Fact]
    public void JsonWithWrongTypesGivesAnArticleOrAClearErrorWithoutThrowing()
    {
        const string json = """
            {"headline": 42, "title": ["Ferry", "service"], "url": {"href": "https://example.com/a"},
             "authors": {"name": "Jane Roe"}, "author": 17, "datePublished": true, "published_at": [2025],
             "image": "not an object", "articleBody": ["The ferry service resumed on Monday.", 3, null],
             "content": {"text": "The ferry service resumed on Monday after the storm."}}
            """;

        var result = BoundedParse.Run(Encoding.UTF8.GetBytes(json), "wrong-types.json");

        Assert.True(BoundedParse.IsWellFormed(result));
        Assert.DoesNotContain(result.Errors, e => e.Code == "internal");
        Assert.All(result.Articles, a => Assert.Null(a.PublishedAt));
    }

    [Fact]
    public void JsonWithNumbersForStringsStillGivesTheTextFields()
    {
        const string json = """{"headline": "Ferry resumes", "url": 12345, "datePublished": 20250303, "authors": [1, {"name": 2}, {"name": "Jane Roe"}], "articleBody": "The ferry service resumed on Monday, the operator said."}""";

        var result = BoundedParse.Run(Encoding.UTF8.GetBytes(json), "numbers.json");

        var article = Assert.Single(result.Articles);
        Assert.Equal("Ferry resumes", article.Title);
        Assert.Contains("resumed on Monday", article.Text, StringComparison.Ordinal);
        Assert.Null(article.Url);
    }

    [Fact]
    public void NdjsonWithOneBadLineGivesTheOtherArticlesAndAnErrorForThatLine()
    {
        const string ndjson = """
            {"headline": "First story", "articleBody": "The first story has a body with several words in it."}
            {"headline": "Broken story", "articleBody": "This line ends too soon
            {"headline": "Third story", "articleBody": "The third story also has a body with several words."}
            """;

        var result = BoundedParse.Run(Encoding.UTF8.GetBytes(ndjson), "feed.ndjson");

        Assert.Equal(["First story", "Third story"], result.Articles.Select(a => a.Title));
        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.Line);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }
}
