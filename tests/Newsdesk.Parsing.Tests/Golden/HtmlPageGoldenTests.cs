using System.Text;

namespace Newsdesk.Parsing.Tests.Golden;

/// <summary>
/// Invented HTML pages in templates the reader had not been tuned on (a WordPress newspaper theme with sidebar
/// widgets and related posts, an AMP page, a live blog, a paywalled teaser, an old table-and-&lt;br&gt; CMS with
/// comments and a cookie banner). Each parses to its hand-written body (<c>.body.txt</c>: the article's paragraphs
/// and subheadings, nothing else) and metadata (<c>.expected.json</c>). Entities and quotes are pinned by the
/// Markdown and text goldens; these pin what the HTML reader must find.
/// </summary>
public sealed class HtmlPageGoldenTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Golden", "HtmlPages");

    // The fields the reader decides; entity and quote lines of the comparer are out of scope here.
    private static readonly string[] MetadataFields = ["title:", "subtitle:", "url:", "canonicalUrl:", "outlet.", "publishedAt:", "language:", "authors:", "images:", "sections:"];

    /// <summary>One row per page of Golden/HtmlPages.</summary>
    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.html").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void FolderHoldsFivePagesEachWithBodyAndExpectation()
    {
        var pages = Directory.EnumerateFiles(Folder, "*.html").ToList();
        Assert.Equal(5, pages.Count);
        Assert.All(pages, p =>
        {
            Assert.True(File.Exists(Path.ChangeExtension(p, ".expected.json")), $"{p} has no .expected.json");
            Assert.True(File.Exists(Path.ChangeExtension(p, ".body.txt")), $"{p} has no .body.txt");
        });
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void PageBodyIsExactlyTheArticleParagraphs(string page)
    {
        var article = Parse(page);
        var expected = Paragraphs(File.ReadAllText(Path.Combine(Folder, Path.ChangeExtension(page, ".body.txt"))));
        var actual = Paragraphs(article.Text);

        var missing = expected.Except(actual, StringComparer.Ordinal).ToList();
        var extra = actual.Except(expected, StringComparer.Ordinal).ToList();
        if (missing.Count > 0 || extra.Count > 0 || !expected.SequenceEqual(actual, StringComparer.Ordinal))
        {
            var report = new StringBuilder().AppendLine($"{page}: body differs from {Path.ChangeExtension(page, ".body.txt")}");
            report.AppendJoin(Environment.NewLine, missing.Select(m => "  - missing: " + m));
            report.AppendLine().AppendJoin(Environment.NewLine, extra.Select(e => "  + extra: " + e));
            Assert.Fail(report.ToString());
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void PageMetadataIsWhatThePageSays(string page)
    {
        var expected = ExpectationFile.Read(Path.Combine(Folder, Path.ChangeExtension(page, ".expected.json"))).Single();
        var diff = GoldenComparer.Compare(expected, Parse(page))
            .Where(d => MetadataFields.Any(f => d.StartsWith(f, StringComparison.Ordinal)))
            .ToList();

        Assert.True(diff.Count == 0, $"{page}:{Environment.NewLine}" + string.Join(Environment.NewLine, diff.Select(d => "  - " + d)));
    }

    private static Model.NormalizedArticle Parse(string page)
    {
        var result = ArticleParser.Default.Parse(File.ReadAllBytes(Path.Combine(Folder, page)), page);
        Assert.Empty(result.Errors);
        return Assert.Single(result.Articles);
    }

    private static List<string> Paragraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToList();
}
