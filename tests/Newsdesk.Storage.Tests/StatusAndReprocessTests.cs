using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Newsdesk.Parsing;
using Newsdesk.Storage.Ingestion;
using Newsdesk.Storage.Tables;
using Newsdesk.Storage.Tests.Support;
using Newsdesk.Testing;

namespace Newsdesk.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class StatusAndReprocessTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task StatusCountsRowsPerTableAndListsRecentFailuresNewestFirst()
    {
        var harness = await StorageHarness.CreateAsync(azurite);
        await harness.IngestAsync("one.json", TestArticles.Bytes(TestArticles.Numbered(1)));
        await harness.IngestAsync("bad-1.txt", "words"u8.ToArray());
        await Task.Delay(20);
        await harness.IngestAsync("bad-2.txt", "more words"u8.ToArray());

        var status = await new StorageStatusService(harness.Storage).GetStatusAsync();

        var counts = status.Tables.ToDictionary(t => t.Table[harness.Storage.Options.TablePrefix.Length..], t => t.Rows);
        Assert.Equal(1 + 4 + 2, counts["Articles"]);
        Assert.Equal(4 + 4, counts["Entities"]);          // e_ and n_ row per entity (no aliases)
        Assert.Equal(3 + 2 + 1, counts["IngestionLog"]);   // 3 blob rows, 2 failure rows, 1 locator
        Assert.Equal(4, status.ArticleRowKinds["mention"]);
        Assert.Equal(["bad-2.txt", "bad-1.txt"], status.RecentFailures.Select(f => f.BlobName));
    }

    [Fact]
    public async Task StatusOfMissingTablesSaysSoInsteadOfThrowing()
    {
        var storage = new NewsdeskStorage(azurite.Tables(), azurite.Blobs(), azurite.Queues(), new NewsdeskStorageOptions { TablePrefix = AzuriteFixture.UniqueName("none") });

        var status = await new StorageStatusService(storage).GetStatusAsync();

        Assert.All(status.Tables, t => Assert.False(t.Exists));
        Assert.Empty(status.RecentFailures);
    }

    [Fact]
    public async Task ReprocessFindsBlobsOfOlderParserVersionsAndIngestsThemAgain()
    {
        var harness = await StorageHarness.CreateAsync(azurite);
        var blob = await harness.UploadAsync("old.json", TestArticles.Bytes(TestArticles.Numbered(8)));
        await harness.UploadAsync("current.json", TestArticles.Bytes(TestArticles.Numbered(9)));
        var old = await harness.Service.IngestAsync(blob);
        await harness.Service.IngestAsync(harness.Storage.ArticlesContainer.GetBlobClient("current.json"));
        await MarkAsParsedByAsync(harness, "old.json", old.ArticleIds[0], new DateOnly(2024, 6, 9), "0.9.0");
        var reprocess = new ReprocessService(harness.Storage, harness.Service, NullLogger<ReprocessService>.Instance);

        var outdated = await reprocess.FindOutdatedAsync().ToListAsync();
        var reports = new List<ReprocessProgress>();
        var summary = await reprocess.ReprocessAsync(new SynchronousProgress(reports.Add));

        Assert.Equal(["old.json"], outdated);
        Assert.Equal(new ReprocessSummary(1, 1, 0, 0), summary);
        Assert.Equal(IngestionStatus.Ingested, Assert.Single(reports).Last.Status);
        Assert.Equal(ParserInfo.Version, (await new IngestionLogReader(harness.Storage).GetAsync("old.json"))!.ParserVersion);
        Assert.Empty(await reprocess.FindOutdatedAsync().ToListAsync());
    }

    [Theory]
    [InlineData("0.9.0", "1.0.0", true)]
    [InlineData("1.0.0", "1.0.0", false)]
    [InlineData("1.2.0", "1.10.0", true)]
    [InlineData("2.0.0", "1.10.0", false)]
    [InlineData("", "1.0.0", true)]
    public void ParserVersionsCompareNumerically(string version, string current, bool older) =>
        Assert.Equal(older, ReprocessService.IsOlder(version, current));

    // What a row written by an older parser looks like: log row and article row carry its version.
    private static async Task MarkAsParsedByAsync(StorageHarness harness, string blobName, string articleId, DateOnly date, string version)
    {
        var log = harness.Storage.Tables.IngestionLog;
        var entry = (await log.GetEntityAsync<TableEntity>(IngestionLogKeys.BlobPartition(blobName), IngestionLogKeys.BlobRow(blobName))).Value;
        entry["ParserVersion"] = version;
        await log.UpdateEntityAsync(entry, entry.ETag);
        var articles = harness.Storage.Tables.Articles;
        var row = (await articles.GetEntityAsync<TableEntity>(PartitionKeys.For(articleId, date), RowKeys.Article(articleId))).Value;
        row["ParserVersion"] = version;
        await articles.UpdateEntityAsync(row, row.ETag);
    }

    private sealed class SynchronousProgress(Action<ReprocessProgress> report) : IProgress<ReprocessProgress>
    {
        public void Report(ReprocessProgress value) => report(value);
    }
}
