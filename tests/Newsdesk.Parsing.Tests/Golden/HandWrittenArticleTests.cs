using System.Text;

namespace Newsdesk.Parsing.Tests.Golden;

/// <summary>
/// Invented articles in the upload layout (Markdown title, linked "for AGENCY" byline, date, caption with bold credit,
/// subheadings, "Original url:" trailer) written to test generalisation: central bank, football transfer, court ruling,
/// climate summit, airline strike, shipping, a budget vote, floods, an election, wildfires, a mining dispute, a state
/// election, a tech antitrust fine, a currency devaluation, a doping ban, oil spills in court, and seven dense with quotes in varied attribution styles
/// (a port strike, a vaccine recall, a lost satellite, rail fares, a chess ban, a bridge collapse, cocoa prices), and five in other
/// wire layouts (a Reuters refinery fire with a "Reporting by" trailer, an AP water shortage with an "Associated Press" line and a
/// time-first date, an AFP glacier lake with "- Subheading -", a Bloomberg markets story with tickers, a Tbilisi protest with a
/// multi-paragraph quote), and four Moscow Times uploads (a central bank decision, a Gazprom loss with a "PJSC" company,
/// a Chechen order quoted from an unnamed officer, a drone strike in Tatarstan with a shared outlet byline), and three Moscow Times uploads dense with Russian organizations (a theatre festival withdrawal, a doping ruling with hockey and football clubs, VPN app removals), and two international stories (an AP South China Sea standoff with a "CITY, Country (AP) —" dateline, an AFP Gaza aid story dense with UN agencies). Each parses to its hand-written <c>.expected.json</c>, short of the gaps it declares.
/// </summary>
public sealed class HandWrittenArticleTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Golden", "Articles");

    /// <summary>One row per article of Golden/Articles.</summary>
    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void FolderHoldsTheThirtySevenArticlesEachWithAnExpectation()
    {
        var articles = Directory.EnumerateFiles(Folder, "*.txt").ToList();
        Assert.Equal(37, articles.Count);
        Assert.All(articles, a => Assert.True(File.Exists(Path.ChangeExtension(a, ".expected.json")), $"{a} has no .expected.json"));
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void ArticleParsesToItsExpectationShortOfItsDeclaredGaps(string article)
    {
        var expected = ExpectationFile.Read(Path.Combine(Folder, Path.ChangeExtension(article, ".expected.json"))).Single();
        var result = ArticleParser.Default.Parse(File.ReadAllBytes(Path.Combine(Folder, article)), article);
        Assert.Empty(result.Errors);
        var parsed = Assert.Single(result.Articles);

        var diff = GoldenComparer.Compare(expected, parsed);
        var unexpected = diff.Where(d => !expected.KnownGaps.Contains(d, StringComparer.Ordinal)).ToList();
        var closed = expected.KnownGaps.Where(g => !diff.Contains(g, StringComparer.Ordinal)).ToList();
        if (unexpected.Count > 0 || closed.Count > 0)
        {
            var report = new StringBuilder().AppendLine($"{article}:");
            report.AppendJoin(Environment.NewLine, unexpected.Select(d => "  - " + d));
            if (closed.Count > 0)
            {
                report.AppendLine().AppendLine("  known gaps no longer seen (remove them from knownGaps):");
                report.AppendJoin(Environment.NewLine, closed.Select(g => "  + " + g));
            }

            Assert.Fail(report.ToString());
        }
    }
}
