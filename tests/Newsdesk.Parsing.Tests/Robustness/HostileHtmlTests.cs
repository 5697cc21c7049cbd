using System.Text;

namespace Newsdesk.Parsing.Tests.Robustness;

/// <summary>
/// Hostile HTML never stops the pipeline: absurd nesting, oversized pages and attributes, broken markup and binary
/// bytes named .html each give an article or a clear recorded error, within <see cref="BoundedParse.Deadline"/>.
/// </summary>
public sealed class HostileHtmlTests
{
    private const string Sentence = "The harbour council said the new breakwater, built over four years, will protect the fishing fleet this winter.";

    [Fact]
    public void HundredThousandNestedDivsGiveTheInnermostText()
    {
        var html = "<html><head><title>Deep</title></head><body>" + Repeat("<div>", 100_000) + $"<p>{Sentence}</p><p>{Sentence}</p>" + Repeat("</div>", 100_000) + "</body></html>";

        var article = Assert.Single(Parse(html, "deep.html").Articles);

        Assert.Contains(Sentence, article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div><span><b>")]
    [InlineData("<table><tr><td>")]
    [InlineData("<ul><li>")]
    [InlineData("<a href=x>")]
    [InlineData("<blockquote><section>")]
    public void HundredThousandUnclosedTagsGiveTheTextAfterThem(string open)
    {
        var html = "<html><body>" + Repeat(open, 100_000 / open.Count(c => c == '<')) + $"<p>{Sentence}</p><p>{Sentence}</p>";

        var article = Assert.Single(Parse(html, "unclosed.html").Articles);

        Assert.Contains(Sentence, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TwentyMegabytePageIsRefusedAsTooLargeUnderTheDefaultLimit()
    {
        var bytes = TwentyMegabytePage();

        var result = BoundedParse.Run(bytes, "huge.html");

        Assert.Empty(result.Articles);
        Assert.Equal("too-large", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void TwentyMegabytePageParsesToItsArticleWhenTheLimitAllowsIt()
    {
        var parser = ArticleParserBuilder.CreateDefault().WithOptions(new ParserOptions { MaxBytes = 64L * 1024 * 1024 }).Build();

        var result = BoundedParse.Run(TwentyMegabytePage(), "huge.html", parser);

        Assert.True(BoundedParse.IsWellFormed(result));
        Assert.Contains(Sentence, Assert.Single(result.Articles).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void MegabyteAttributesStayOutOfTheArticle()
    {
        var html = $"""
            <html><head><meta property="og:title" content="{new string('A', 3_000_000)}"><title>Harbour wall</title></head>
            <body><div class="{Repeat("c ", 500_000)}" data-x="{new string('"', 1)}"><img src="https://img.example/{new string('x', 2_000_000)}.jpg" alt="{new string('y', 1_000_000)}">
            <p>{Sentence}</p><p>{Sentence}</p></div></body></html>
            """;

        var article = Assert.Single(Parse(html, "attributes.html").Articles);

        Assert.Empty(article.Images);
        Assert.True(article.Title.Length < 10_000, $"title of {article.Title.Length} characters");
        Assert.Contains(Sentence, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedMarkupKeepsTheText()
    {
        var html = "<html><body><p>Open <b>bold <i>italic <p>" + Sentence + Repeat("<table><td><p>cell</div></span></table></tr><", 2_000) + "<!-- never closed " + Sentence;

        var result = Parse(html, "malformed.html");

        Assert.Contains(Sentence, Assert.Single(result.Articles).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryBytesNamedHtmlAreRefusedAsBinary()
    {
        var bytes = new byte[1_000_000];
        new Random(77).NextBytes(bytes);
        var wrapped = Encoding.ASCII.GetBytes("<html><body>").Concat(bytes).Concat(Encoding.ASCII.GetBytes("</body></html>")).ToArray();

        foreach (var content in new[] { bytes, wrapped })
        {
            var result = BoundedParse.Run(content, "garbage.html");

            Assert.Empty(result.Articles);
            var error = Assert.Single(result.Errors);
            Assert.Equal("binary", error.Code);
            Assert.Contains("garbage.html", error.Message, StringComparison.Ordinal);
        }
    }

    private static ParseResult Parse(string html, string name)
    {
        var result = BoundedParse.Run(Encoding.UTF8.GetBytes(html), name);
        Assert.True(BoundedParse.IsWellFormed(result));
        return result;
    }

    private static byte[] TwentyMegabytePage()
    {
        var page = new StringBuilder("<html><head><title>Harbour</title></head><body>");
        var i = 0;
        while (page.Length < 10_000_000)
        {
            page.Append("<div class=\"card\"><a href=\"/l").Append(i++).Append("\">Another story from the archive</a> with a line of text</div>\n");
        }

        page.Append("<article>").Append(string.Concat(Enumerable.Repeat($"<p>{Sentence}</p>", 20))).Append("</article>");
        while (page.Length < 20_000_000)
        {
            page.Append("<div class=\"card\"><a href=\"/l").Append(i++).Append("\">Another story from the archive</a> with a line of text</div>\n");
        }

        return Encoding.UTF8.GetBytes(page.Append("</body></html>").ToString());
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
