using System.Text;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Pipeline;

namespace Newsdesk.Parsing.Tests;

/// <summary>Helpers that run text through the default parser or build drafts for single extractors.</summary>
internal static class TestParse
{
    public static ParseResult Parse(string text, string name) =>
        ArticleParser.Default.Parse(Encoding.UTF8.GetBytes(text), name);

    public static NormalizedArticle Single(string text, string name)
    {
        var result = Parse(text, name);
        Assert.True(result.Errors.Count == 0, string.Join("; ", result.Errors.Select(e => e.Message)));
        return Assert.Single(result.Articles);
    }

    public static ArticleDraft Draft(params string[] paragraphs) => new()
    {
        SourceName = "test.txt",
        Format = "text",
        ContentHash = "0",
        Title = "A title",
        Sections = [new ArticleSection(null, paragraphs)],
    };
}
