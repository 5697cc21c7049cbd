using Azure.Data.Tables;
using Newsdesk.Parsing;
using Newsdesk.Parsing.Model;
using Newsdesk.Storage.Ingestion;
using Newsdesk.Storage.Tables;
using Newsdesk.Storage.Tests.Support;
using Newsdesk.Testing;

namespace Newsdesk.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class IngestionServiceTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task IngestingTheSameContentTwiceWritesNothingNewAndSaysUnchanged()
    {
        var harness = await StorageHarness.CreateAsync(azurite);
        var bytes = TestArticles.Bytes(TestArticles.SeedSized());

        var first = await harness.IngestAsync("seed.json", bytes);
        var before = await StorageHarness.RowsAsync(harness.Storage.Tables.Articles);
        var second = await harness.IngestAsync("seed.json", bytes);
        var after = await StorageHarness.RowsAsync(harness.Storage.Tables.Articles);

        Assert.Equal(IngestionStatus.Ingested, first.Status);
        Assert.True(first.RowsWritten > 50);
        Assert.Equal(IngestionStatus.Unchanged, second.Status);
        Assert.Equal(0, second.RowsWritten);
        Assert.Equal(0, second.RowsDeleted);
        Assert.Equal(first.ArticleIds, second.ArticleIds);
        Assert.Equal(before.Select(r => (r.RowKey, r.ETag)), after.Select(r => (r.RowKey, r.ETag)));
        var log = await new IngestionLogReader(harness.Storage).GetAsync("seed.json");
        Assert.Equal("unchanged", log!.Status);
        Assert.Equal(ParserInfo.Version, log.ParserVersion);
    }

    [Fact]
    public async Task ReingestingChangedContentWithFewerMentionsRemovesStaleRows()
    {
        var harness = await StorageHarness.CreateAsync(azurite);
        var quotes = Enumerable.Range(0, 4).Select(i => new Quote($"Quote {i} said here.", "Person 7 0", "person:p7-0")).ToList();
        var v1 = TestArticles.Numbered(7, people: 6) with { Quotes = quotes, Authors = [new Author("Ann Old"), new Author("Bo Old")] };
        var v2 = TestArticles.Numbered(7, people: 2) with { Quotes = quotes[..1], Authors = [new Author("Ann Old")], Text = "Shorter now." };

        var first = await harness.IngestAsync("story7.json", TestArticles.Bytes(v1));
        var second = await harness.IngestAsync("story7.json", TestArticles.Bytes(v2));

        var id = Assert.Single(second.ArticleIds);
        var rows = await harness.ArticleRowsAsync(id);
        var kinds = rows.GroupBy(r => StorageStatusService.Kind(r.RowKey)).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(IngestionStatus.Ingested, second.Status);
        Assert.Equal(3, kinds["mention"]);                 // 2 people + Portugal
        Assert.Equal(1, kinds["quote"]);
        Assert.Equal(1, kinds["author"]);
        Assert.Equal(3, kinds["facet"]);                   // outlet, lang, one author
        Assert.Equal(1, kinds["article"]);
        Assert.Equal(4 + 3 + 1 + 1, second.RowsDeleted);   // 4 mentions, 3 quotes, 1 author, 1 author facet
        var article = ArticleRow.FromEntity(rows.Single(r => r.RowKey == RowKeys.Article(id)));
        Assert.Equal(rows.Count - 1, article.ChildKeys.Count);
        Assert.Equal(["person:p7-0", "person:p7-1", "place:portugal"], article.EntityIds.Order());
        Assert.True(first.RowsWritten > second.RowsWritten);
    }

    [Fact]
    public async Task TheSameUrlUnderTwoBlobNamesStaysOneArticleListingBothSources()
    {
        var harness = await StorageHarness.CreateAsync(azurite);
        var article = TestArticles.Numbered(11);

        var a = await harness.IngestAsync("inbox/a.json", TestArticles.Bytes(article));
        var b = await harness.IngestAsync("inbox/b.json", TestArticles.Bytes(article with { Subtitle = "Same story, other file" }));

        Assert.Equal(a.ArticleIds, b.ArticleIds);
        var rows = await StorageHarness.RowsAsync(harness.Storage.Tables.Articles);
        var articleRow = ArticleRow.FromEntity(Assert.Single(rows, r => StorageStatusService.Kind(r.RowKey) == "article"));
        Assert.Equal(["inbox/a.json", "inbox/b.json"], articleRow.Sources);
        Assert.Equal("Same story, other file", articleRow.Subtitle);
        Assert.Equal(4, rows.Count(r => StorageStatusService.Kind(r.RowKey) == "mention"));
    }

    [Fact]
    public async Task AChangedPublicationDateMovesTheArticleAndClearsTheOldPartition()
    {
        var harness = await StorageHarness.CreateAsync(azurite);
        var june = TestArticles.Numbered(21, date: new DateOnly(2024, 6, 3));
        var july = TestArticles.Numbered(21, date: new DateOnly(2024, 7, 9));

        await harness.IngestAsync("story21.json", TestArticles.Bytes(june));
        var moved = await harness.IngestAsync("story21.json", TestArticles.Bytes(july));

        var rows = await StorageHarness.RowsAsync(harness.Storage.Tables.Articles);
        Assert.All(rows, r => Assert.StartsWith("2024-07-09_", r.PartitionKey, StringComparison.Ordinal));
        Assert.Equal(1 + 4 + 2, rows.Count);   // article, 4 mentions, outlet + lang facets
        Assert.Equal(7, moved.RowsDeleted);
        var again = await harness.IngestAsync("story21.json", TestArticles.Bytes(july));
        Assert.Equal(IngestionStatus.Unchanged, again.Status);
    }

    [Fact]
    public async Task AnUnparseableFileIsLoggedAsFailedAndNotRetried()
    {
        var harness = await StorageHarness.CreateAsync(azurite);
        var blob = await harness.UploadAsync("notes.txt", "just some words, not an article layout this parser reads"u8.ToArray());

        var outcome = await harness.Service.IngestAsync(blob);

        Assert.Equal(IngestionStatus.Failed, outcome.Status);
        Assert.StartsWith("unrecognised:", outcome.Reason, StringComparison.Ordinal);
        Assert.Empty(outcome.ArticleIds);
        var reader = new IngestionLogReader(harness.Storage);
        var log = await reader.GetAsync("notes.txt");
        Assert.Equal("failed", log!.Status);
        Assert.Equal(ParserInfo.Version, log.ParserVersion);
        Assert.Contains("notes.txt", log.Reason, StringComparison.Ordinal);
        Assert.Equal((await blob.GetPropertiesAsync()).Value.ETag.ToString(), log.ETag);
        var failure = Assert.Single(await reader.RecentFailuresAsync());
        Assert.Equal("notes.txt", failure.BlobName);
        Assert.Empty(await StorageHarness.RowsAsync(harness.Storage.Tables.Articles));
        Assert.Equal(0, (await harness.Storage.PoisonQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task AnOversizedBlobIsRefusedFromItsPropertiesBeforeItIsRead()
    {
        var harness = await StorageHarness.CreateAsync(azurite, parser: TestArticleReader.Parser(maxBytes: 1000));
        var blob = await harness.UploadAsync("big.json", TestArticles.Bytes(TestArticles.SeedSized()));

        var outcome = await harness.Service.IngestAsync(blob);

        Assert.Equal(IngestionStatus.Failed, outcome.Status);
        Assert.StartsWith("too-large:", outcome.Reason, StringComparison.Ordinal);
        Assert.Equal("failed", (await new IngestionLogReader(harness.Storage).GetAsync("big.json"))!.Status);
    }

    [Fact]
    public async Task ABlobDeletedBeforeItsTriggerRanIsAFailureNotAnException()
    {
        var harness = await StorageHarness.CreateAsync(azurite);

        var outcome = await harness.Service.IngestAsync(harness.Storage.ArticlesContainer.GetBlobClient("gone.json"));

        Assert.Equal(IngestionStatus.Failed, outcome.Status);
        Assert.StartsWith("missing:", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnNdjsonUploadWritesEachArticleAndReportsItsBadLines()
    {
        var harness = await StorageHarness.CreateAsync(azurite);
        var articles = Enumerable.Range(100, 5).Select(n => TestArticles.Numbered(n)).ToList();
        var bytes = TestArticles.Ndjson(articles).Concat("{\"not\": \"an article\"\n"u8.ToArray()).ToArray();

        var outcome = await harness.IngestAsync("batch.ndjson", bytes);

        Assert.Equal(IngestionStatus.Ingested, outcome.Status);
        Assert.Equal(5, outcome.ArticleIds.Distinct().Count());
        Assert.Contains("line 6", outcome.Reason, StringComparison.Ordinal);
        var rows = await StorageHarness.RowsAsync(harness.Storage.Tables.Articles);
        Assert.Equal(5, rows.Count(r => StorageStatusService.Kind(r.RowKey) == "article"));
        Assert.Equal(5 * 4, rows.Count(r => StorageStatusService.Kind(r.RowKey) == "mention"));
    }

    [Fact]
    public async Task EntitiesAreCataloguedWithNameLookupsInTheArticlesDayShard()
    {
        var harness = await StorageHarness.CreateAsync(azurite);
        var outcome = await harness.IngestAsync("seed.json", TestArticles.Bytes(TestArticles.SeedSized()));
        var pk = PartitionKeys.For(outcome.ArticleIds[0], new DateOnly(2024, 6, 19));

        var prefix = KeyRange.Prefix(RowKeys.EntityNamePrefix("Person 0"));
        var lookups = await StorageHarness.RowsAsync(harness.Storage.Tables.Entities,
            TableClient.CreateQueryFilter($"PartitionKey eq {pk} and RowKey ge {prefix.From} and RowKey lt {prefix.To}"));
        var lookup = EntityNameRow.FromEntity(Assert.Single(lookups));
        Assert.Equal("person:test-person-0", lookup.EntityId);
        Assert.Equal("Person 0", lookup.Alias);
        var entity = EntityRow.FromEntity((await harness.Storage.Tables.Entities.GetEntityAsync<TableEntity>(pk, RowKeys.Entity("place:portugal"))).Value);
        Assert.Equal("PT", entity.CountryCode);
        Assert.Equal(29, (await StorageHarness.RowsAsync(harness.Storage.Tables.Entities, TableClient.CreateQueryFilter($"RowKey ge {"e_"} and RowKey lt {"e`"}"))).Count);
    }
}
