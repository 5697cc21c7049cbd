using System.Text;
using Newsdesk.Parsing.Model;
using Newsdesk.Storage.Ingestion;
using Newsdesk.Testing;

namespace Newsdesk.Cli.Tests.Hosting;

/// <summary>Many uploads at once through the real blob trigger at parallelism 8: nothing lost, nothing doubled.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class LocalHostLoadTests(AzuriteFixture azurite)
{
    private const int Count = 200;

    [Fact]
    public async Task TwoHundredBlobsUploadedAtOnceAreEachIngestedOnceWithExactMentionCounts()
    {
        await using var newsdesk = await HostedNewsdesk.StartAsync(azurite, parallelism: 8, sweepInterval: TimeSpan.FromHours(1));
        var articles = Enumerable.Range(0, Count).Select(i => (
            Name: $"batch/{i:D3}.txt",
            Content: TestArticles.Create(
                $"Council session {i}",
                $"https://news.example.org/council/{i}",
                ("Orla Venstrom", 1 + (i % 3)),
                ("Port Abrenta", i % 2),
                ("Kestrel Mining Cooperative", i % 5 == 0 ? 2 : 0)))).ToList();
        var expected = articles.Select(a => Assert.Single(newsdesk.Parser.Parse(Encoding.UTF8.GetBytes(a.Content), a.Name).Articles)).ToList();
        Assert.Equal(Count, expected.Select(a => a.Id).Distinct().Count());

        var since = DateTimeOffset.UtcNow;
        await Parallel.ForEachAsync(articles, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (article, token) =>
            await newsdesk.Container.GetBlobClient(article.Name).UploadAsync(BinaryData.FromString(article.Content), token));
        var outcomes = await newsdesk.Host.Monitor.WaitForAsync([.. articles.Select(a => a.Name)], since, TimeSpan.FromSeconds(240));

        Assert.All(outcomes, o => Assert.Equal(IngestionStatus.Ingested, o.Outcome.Status));
        Assert.Equal(Count, newsdesk.Host.Monitor.CompletedCount);
        Assert.All(articles, a => Assert.Equal(1, newsdesk.Host.Monitor.CompletionsOf(a.Name)));
        var rows = await newsdesk.ArticleRowsAsync();
        var articleRows = rows.Where(r => r.RowKey.StartsWith("a_", StringComparison.Ordinal) && r.RowKey.IndexOf('_', 2) < 0).Select(r => r.RowKey[2..]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Select(a => a.Id).Order(StringComparer.Ordinal), articleRows);
        var mentionRows = rows.Where(r => r.RowKey.StartsWith("m_", StringComparison.Ordinal)).ToList();
        Assert.Equal(expected.Sum(a => a.Entities.Count), mentionRows.Count);
        foreach (var entityId in expected.SelectMany(a => a.Entities).Select(e => e.Id).Distinct())
        {
            var stored = mentionRows.Where(r => r.GetString("EntityId") == entityId).Sum(r => r.GetInt32("Mentions") ?? 0);
            Assert.Equal(expected.Sum(a => a.Entities.Where(e => e.Id == entityId).Sum(e => e.Mentions)), stored);
        }

        Assert.Equal(expected.Sum(a => Mentions(a, "person:orla-venstrom")), mentionRows.Where(r => r.GetString("EntityId") == "person:orla-venstrom").Sum(r => r.GetInt32("Mentions") ?? 0));
    }

    private static int Mentions(NormalizedArticle article, string entityId) => article.Entities.Where(e => e.Id == entityId).Sum(e => e.Mentions);
}
