using System.Text;

namespace Newsdesk.Parsing.Tests.Golden;

/// <summary>
/// Every sample of samples/ parsed with the default parser must give what its hand-written
/// <c>.expected.json</c> says; a failure lists every mismatch of that sample.
/// </summary>
public sealed class GoldenFileTests
{
    /// <summary>One row per sample that has an expectation file.</summary>
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var name in SampleFiles.WithExpectations())
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void SamplesFolderHasAtLeastSixteenAnnotatedSamples()
    {
        Assert.True(SampleFiles.WithExpectations().Count() >= 16, $"Only {SampleFiles.WithExpectations().Count()} annotated samples in {SampleFiles.Folder}.");
    }

    [Fact]
    public void EveryArticleFileOfTheSamplesFolderHasAnExpectation()
    {
        var annotated = SampleFiles.WithExpectations().ToHashSet(StringComparer.Ordinal);
        var missing = SampleFiles.Articles().Where(a => !annotated.Contains(a)).ToList();
        Assert.True(missing.Count == 0, "Samples without .expected.json: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void SampleParsesToItsExpectation(string sample)
    {
        var expectations = ExpectationFile.Read(SampleFiles.ExpectationOf(sample));
        var result = ArticleParser.Default.Parse(File.ReadAllBytes(SampleFiles.PathOf(sample)), sample);

        var diff = new List<string>();
        diff.AddRange(result.Errors.Select(e => $"parse error{(e.Line is { } l ? $" (line {l})" : "")}: {e.Code}: {e.Message}"));
        if (result.Articles.Count != expectations.Count)
        {
            diff.Add($"articles: expected {expectations.Count}, got {result.Articles.Count}");
        }

        for (var i = 0; i < Math.Min(expectations.Count, result.Articles.Count); i++)
        {
            var prefix = expectations.Count > 1 ? $"[article {i + 1}] " : "";
            diff.AddRange(GoldenComparer.Compare(expectations[i], result.Articles[i]).Select(d => prefix + d));
        }

        if (diff.Count > 0)
        {
            var report = new StringBuilder()
                .AppendLine($"{sample}: {diff.Count} mismatch(es) against {Path.GetFileName(SampleFiles.ExpectationOf(sample))}")
                .AppendJoin(Environment.NewLine, diff.Select(d => "  - " + d))
                .ToString();
            Assert.Fail(report);
        }
    }
}
