using System.Text.Json;
using Newsdesk.Export.Tests.Support;
using Newsdesk.Parsing;
using Newsdesk.Parsing.Model;
using Newsdesk.Testing;

namespace Newsdesk.Export.Tests;

/// <summary>The repository's samples/, parsed by the real parser and written by the storage library's row builder, exported back.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SampleCorpusExportTests(AzuriteFixture azurite)
{
    private static IReadOnlyList<NormalizedArticle> ParseSamples() =>
        Directory.GetFiles(RepositoryRoot.Combine("samples"))
            .Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal) && !f.EndsWith("README.md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(f => ArticleParser.Default.Parse(File.ReadAllBytes(f), Path.GetFileName(f)).Articles)
            .GroupBy(a => a.Id)
            .Select(g => g.First())
            .ToList();

    [Fact]
    public async Task SamplesExportAsTheParserSawThem()
    {
        var articles = ParseSamples();
        Assert.True(articles.Count >= 10, $"only {articles.Count} sample articles parsed");
        var harness = await ExportHarness.CreateAsync(azurite, articles);

        var (ndjson, _) = await harness.TextAsync("articles", "format=ndjson");
        var exported = ndjson.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => ArticleJson.Deserialize(l)!).ToList();
        Assert.Equal(articles.Select(a => a.Id).Order(), exported.Select(a => a.Id).Order());
        foreach (var article in articles)
        {
            Assert.Equal(ArticleJson.Serialize(article), ArticleJson.Serialize(exported.Single(e => e.Id == article.Id)));
        }

        Assert.Equal(articles.Sum(a => a.Authors.Count), (await harness.RowsAsync("authors")).Count);
        Assert.Equal(articles.Sum(a => a.Images.Count), (await harness.RowsAsync("images")).Count);
        Assert.Equal(articles.Sum(a => a.Quotes.Count), (await harness.RowsAsync("quotes")).Count);
        Assert.Equal(articles.Sum(a => a.Entities.Select(e => e.Id).Distinct().Count()), (await harness.RowsAsync("mentions")).Count);
        Assert.Equal(articles.SelectMany(a => a.Entities).Select(e => e.Id).Distinct().Count(), (await harness.RowsAsync("entities")).Count);
    }

    [Fact]
    public async Task EveryPersonInTheSamplesIsFoundByNameAndById()
    {
        var articles = ParseSamples();
        var harness = await ExportHarness.CreateAsync(azurite, articles);
        foreach (var person in articles.SelectMany(a => a.Entities).Where(e => e.Type == EntityType.Person).DistinctBy(e => e.Id).Take(8))
        {
            var expected = articles.Where(a => a.Entities.Any(e => e.Id == person.Id)).Select(a => a.Id).Order().ToArray();
            var byId = await harness.RowsAsync("mentions", "person=" + Uri.EscapeDataString(person.Id));
            Assert.Equal(expected, byId.Select(r => r.GetProperty("articleId").GetString()).Order());
            var byName = await harness.RowsAsync("articles", "person=" + Uri.EscapeDataString(person.Name));
            Assert.Superset(expected.ToHashSet(), byName.Select(r => r.GetProperty("id").GetString()!).ToHashSet());
            Assert.All(byName, r => Assert.Equal(JsonValueKind.Array, r.GetProperty("entities").ValueKind));
        }
    }
}
