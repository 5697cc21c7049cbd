using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Tests.Golden;

/// <summary>The whole samples/ folder through the NDJSON serialization `newsdesk parse` writes, and back.</summary>
public sealed class SamplesRoundTripTests
{
    [Fact]
    public void EverySampleArticleSurvivesTheNdjsonRoundTrip()
    {
        var problems = new List<string>();
        var lines = 0;
        foreach (var sample in SampleFiles.Articles())
        {
            var result = ArticleParser.Default.Parse(File.ReadAllBytes(SampleFiles.PathOf(sample)), sample);
            foreach (var article in result.Articles)
            {
                lines++;
                var line = ArticleJson.Serialize(article);
                if (line.Contains('\n') || line.Contains('\r'))
                {
                    problems.Add($"{sample}: the serialized article spans several lines");
                    continue;
                }

                var back = ArticleJson.Deserialize(line);
                if (back is null)
                {
                    problems.Add($"{sample}: the line deserialized to null");
                    continue;
                }

                if (back.Id != article.Id || back.Title != article.Title || back.PublishedAt != article.PublishedAt ||
                    back.Entities.Count != article.Entities.Count || back.Quotes.Count != article.Quotes.Count)
                {
                    problems.Add($"{sample}: fields changed in the round trip ({article.Id})");
                }

                var again = ArticleJson.Serialize(back);
                if (again != line)
                {
                    problems.Add($"{sample}: re-serializing the read-back article differs from the line written");
                }
            }
        }

        Assert.True(lines >= SampleFiles.Articles().Count(), $"Only {lines} articles came out of {SampleFiles.Articles().Count()} sample files.");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
