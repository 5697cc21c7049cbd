using Azure.Data.Tables;
using Newsdesk.Storage.Ingestion;
using Newsdesk.Storage.Tables;
using Newsdesk.Storage.Tests.Support;
using Newsdesk.Testing;

namespace Newsdesk.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class ConcurrencyTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task TwoHundredArticlesUnderTwoNamesEachAtParallelism8AreStoredExactlyOnce()
    {
        var harness = await StorageHarness.CreateAsync(azurite);
        var articles = Enumerable.Range(0, 200).Select(n => TestArticles.Numbered(n, people: 1 + (n % 5))).ToList();

        // Every article arrives twice (two blob names, same URL), in a shuffled order: overlapping writers.
        var uploads = articles.SelectMany((a, n) => new[] { ($"a/{n}.json", TestArticles.Bytes(a)), ($"b/{n}.json", TestArticles.Bytes(a)) })
            .OrderBy(_ => Random.Shared.Next()).ToList();
        var outcomes = new System.Collections.Concurrent.ConcurrentBag<IngestionOutcome>();
        await Parallel.ForEachAsync(uploads, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (upload, ct) =>
            outcomes.Add(await harness.Service.IngestAsync(upload.Item1, new MemoryStream(upload.Item2), null, ct)));

        Assert.Equal(400, outcomes.Count);
        Assert.DoesNotContain(outcomes, o => o.Status == IngestionStatus.Failed);
        var rows = await StorageHarness.RowsAsync(harness.Storage.Tables.Articles);
        var articleRows = rows.Where(r => StorageStatusService.Kind(r.RowKey) == "article").Select(ArticleRow.FromEntity).ToList();
        Assert.Equal(200, articleRows.Count);
        Assert.Equal(200, articleRows.Select(a => a.ArticleId).Distinct().Count());
        Assert.All(articleRows, a => Assert.Equal(2, a.Sources.Count));
        var expectedMentions = articles.Sum(a => a.Entities.Count);
        Assert.Equal(expectedMentions, rows.Count(r => StorageStatusService.Kind(r.RowKey) == "mention"));
        Assert.Equal(200 * 2, rows.Count(r => StorageStatusService.Kind(r.RowKey) == "facet"));
        Assert.Equal(200 + expectedMentions + 400, rows.Count);
        foreach (var article in articleRows)
        {
            var mine = rows.Where(r => r.GetString("ArticleId") == article.ArticleId && r.RowKey != RowKeys.Article(article.ArticleId));
            Assert.Equal(article.ChildKeys.Order(StringComparer.Ordinal), mine.Select(r => r.RowKey).Order(StringComparer.Ordinal));
        }

        var locators = await StorageHarness.RowsAsync(harness.Storage.Tables.IngestionLog,
            TableClient.CreateQueryFilter($"PartitionKey ge {IngestionLogKeys.LocatorPartitionPrefix} and PartitionKey lt {"article`"}"));
        Assert.Equal(200, locators.Count);
    }

    [Fact]
    public async Task ConcurrentWritersOfDifferentVersionsLeaveExactlyOneVersionsRows()
    {
        var harness = await StorageHarness.CreateAsync(azurite);
        var versions = new[]
        {
            TestArticles.Numbered(500, people: 6),
            TestArticles.Numbered(500, people: 2) with { Text = "v2" },
            TestArticles.Numbered(500, people: 4, date: new DateOnly(2024, 8, 1)) with { Text = "v3" },
        };
        var writes = Enumerable.Range(0, 24).Select(i => (Name: $"v{i % 3}.json", Bytes: TestArticles.Bytes(versions[i % 3]))).ToList();

        await Parallel.ForEachAsync(writes, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (w, ct) =>
            await harness.Service.IngestAsync(w.Name, new MemoryStream(w.Bytes), null, ct));

        var rows = await StorageHarness.RowsAsync(harness.Storage.Tables.Articles);
        var article = ArticleRow.FromEntity(Assert.Single(rows, r => StorageStatusService.Kind(r.RowKey) == "article"));
        Assert.Equal(article.ChildKeys.Order(StringComparer.Ordinal), rows.Where(r => r.RowKey != RowKeys.Article(article.ArticleId)).Select(r => r.RowKey).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal(article.PartitionKey, r.PartitionKey));
        var stored = Newsdesk.Parsing.Model.ArticleJson.Deserialize(article.Json!)!;
        Assert.Equal(stored.Entities.Count, rows.Count(r => StorageStatusService.Kind(r.RowKey) == "mention"));
        Assert.Equal(["v0.json", "v1.json", "v2.json"], article.Sources);
    }

    [Fact]
    public async Task AWriterReAddingTheRowWhereTheLocatorPointsClaimsTheLocatorSoAConcurrentMoveRedoesItself()
    {
        // The interleaving behind two article rows: mover V read the locator (pointing at day X), deleted the day-X rows and is
        // about to point the locator at day Y; writer W reads the same locator, finds no row in X and adds it there.
        var harness = await StorageHarness.CreateAsync(azurite);
        var article = TestArticles.Numbered(700, people: 2);
        await harness.Service.IngestAsync("w.json", new MemoryStream(TestArticles.Bytes(article)), null);
        var row = ArticleRow.FromEntity(Assert.Single(await StorageHarness.RowsAsync(harness.Storage.Tables.Articles), r => StorageStatusService.Kind(r.RowKey) == "article"));
        var moversView = (await harness.Storage.Tables.IngestionLog.GetEntityAsync<TableEntity>(
            IngestionLogKeys.LocatorPartition(row.ArticleId), RowKeys.Segment(row.ArticleId))).Value;
        await harness.Storage.Tables.Articles.DeleteEntityAsync(row.PartitionKey, RowKeys.Article(row.ArticleId));

        await harness.Service.IngestAsync("w2.json", new MemoryStream(TestArticles.Bytes(article with { Text = "w2" })), null);

        moversView["Partition"] = "2099-01-01";
        var stale = await Assert.ThrowsAsync<Azure.RequestFailedException>(() =>
            harness.Storage.Tables.IngestionLog.UpdateEntityAsync(moversView, moversView.ETag, TableUpdateMode.Replace));
        Assert.Equal(412, stale.Status);
    }
}
