using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Newsdesk.Parsing.Tests.Html;

public sealed class HtmlRobustnessProperties
{
    private static readonly string[] Fragments =
    [
        "<p>", "</p>", "<div class=\"content\">", "</div>", "<br>", "<figure><img src=x>", "<figcaption>Photo: X</figcaption>", "</figure>",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[", "]}</script>", "<a href=\"/y\">", "</a>",
        "<h2>", "</h2>", "<table><tr><td>", "<!--", "-->", "<meta charset=\"shift_jis\">", "&amp;", "&#x", "\u0000", "Some words, with commas, here. ",
    ];

    [Property(MaxTest = 200)]
    public Property AnyTagSoupGivesArticlesOrErrorsNeverAnException() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Elements(Fragments)).ToArbitrary(),
            parts =>
            {
                var bytes = Encoding.UTF8.GetBytes("<html><body>" + string.Concat(parts));
                var result = ArticleParser.Default.Parse(bytes, "soup.html");
                return result.Succeeded || result.Errors.Count > 0;
            });
}
