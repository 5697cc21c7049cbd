using Newsdesk.Parsing.Readers.Html;

namespace Newsdesk.Parsing.Tests.Html;

public sealed class NestingLimiterTests
{
    [Fact]
    public void OrdinaryPageIsReturnedUnchanged()
    {
        var html = "<html><body><div><svg><path d=\"M0 0\"/><path/></svg><script>if (a < b) { x = '<div>'; }</script><p>Text<br>more</p></div></body></html>";

        Assert.Same(html, NestingLimiter.Limit(html));
    }

    [Fact]
    public void TagsBeyondTheCapAreDroppedWithTheirEndTagsAndTextIsKept()
    {
        const int depth = NestingLimiter.MaxOpenElements + 100;
        var html = string.Concat(Enumerable.Repeat("<div>", depth)) + "deep text" + string.Concat(Enumerable.Repeat("</div>", depth)) + "<p>after</p>";

        var limited = NestingLimiter.Limit(html);

        Assert.Equal(NestingLimiter.MaxOpenElements, CountOf(limited, "<div>"));
        Assert.Equal(NestingLimiter.MaxOpenElements, CountOf(limited, "</div>"));
        Assert.Contains("deep text", limited, StringComparison.Ordinal);
        Assert.EndsWith("<p>after</p>", limited, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script></script>")]
    [InlineData("<style>div { }</style><!-- note --><!---->")]
    [InlineData("<title>x</title><textarea><div></textarea>")]
    public void RawTextAndCommentsBeforeDeepNestingDoNotSwitchTheCapOff(string prefix)
    {
        var html = prefix + string.Concat(Enumerable.Repeat("<div>", NestingLimiter.MaxOpenElements + 50));

        Assert.Equal(NestingLimiter.MaxOpenElements, CountOf(NestingLimiter.Limit(html), "<div>") - CountOf(prefix, "<div>"));
    }

    [Fact]
    public void SelfClosingSyntaxOnHtmlElementsStillCountsAsOpen()
    {
        var html = string.Concat(Enumerable.Repeat("<div/>", NestingLimiter.MaxOpenElements + 10)) + "text";

        Assert.Equal(NestingLimiter.MaxOpenElements, CountOf(NestingLimiter.Limit(html), "<div/>"));
    }

    [Fact]
    public void FortyThousandNestedElementsParseToTheirText()
    {
        const int depth = 40_000;
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div><span>", depth)) + "<p>" + HtmlTestPages.LongParagraph1 + "</p></body></html>";

        var result = ArticleParser.Default.Parse(System.Text.Encoding.UTF8.GetBytes(html), "deeper.html");

        Assert.Equal(HtmlTestPages.LongParagraph1, Assert.Single(result.Articles).Text);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
