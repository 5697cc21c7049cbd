using Azure.Data.Tables;
using Newsdesk.Parsing.Model;
using Newsdesk.Storage.Ingestion;
using Newsdesk.Storage.Tables;
using Newsdesk.Storage.Tests.Support;
using Newsdesk.Testing;

namespace Newsdesk.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class TableLimitsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A200KbArticleTextIsSplitOverJsonPropertiesAndReadBack()
    {
        var harness = await StorageHarness.CreateAsync(azurite);
        var text = string.Concat(Enumerable.Range(0, 4000).Select(i => $"Paragraph {i:0000} of a long report on harbours. ")).PadRight(200_000, 'x')[..200_000];
        var article = TestArticles.Numbered(1) with { Text = text, Sections = [new ArticleSection(null, [text])] };

        var outcome = await harness.IngestAsync("long.json", TestArticles.Bytes(article));

        var id = outcome.ArticleIds[0];
        var entity = (await harness.Storage.Tables.Articles.GetEntityAsync<TableEntity>(PartitionKeys.For(id, new DateOnly(2024, 6, 2)), RowKeys.Article(id))).Value;
        Assert.True(entity.ContainsKey("Json_12"));
        Assert.All(entity.Where(p => p.Key.StartsWith("Json", StringComparison.Ordinal)), p => Assert.True(((string)p.Value).Length <= TableLimits.MaxStringChars));
        var row = ArticleRow.FromEntity(entity);
        Assert.Null(row.JsonBlob);
        Assert.Equal(text, ArticleJson.Deserialize(row.Json!)!.Text);
    }

    [Fact]
    public async Task AnArticleWhoseJsonExceedsOneMiBGoesToTheBlobPointer()
    {
        var harness = await StorageHarness.CreateAsync(azurite);
        var text = new string('w', 600_000);
        var article = TestArticles.Numbered(2) with { Text = text, Sections = [new ArticleSection(null, [text])] };

        var outcome = await harness.IngestAsync("huge.json", TestArticles.Bytes(article));

        var id = outcome.ArticleIds[0];
        var row = ArticleRow.FromEntity((await harness.Storage.Tables.Articles.GetEntityAsync<TableEntity>(PartitionKeys.For(id, new DateOnly(2024, 6, 3)), RowKeys.Article(id))).Value);
        Assert.Null(row.Json);
        Assert.Equal(id + ".json", row.JsonBlob);
        var json = await new ArticleJsonStore(harness.Storage).ReadJsonAsync(row);
        Assert.Equal(text, ArticleJson.Deserialize(json!)!.Text);

        // Shrunk below the limit: the JSON moves back into the row and the blob goes.
        await harness.IngestAsync("huge.json", TestArticles.Bytes(article with { Text = "short", Sections = [new ArticleSection(null, ["short"])] }));
        Assert.False((await harness.Storage.ArticleJsonContainer.GetBlobClient(id + ".json").ExistsAsync()).Value);
    }

    [Fact]
    public async Task MoreThan100RowsOfOnePartitionAreSplitIntoSeveralTransactions()
    {
        var counter = new RequestCounter();
        var harness = await StorageHarness.CreateAsync(azurite, tablePolicy: counter);
        var rows = Enumerable.Range(0, 250).Select(i => new TableEntity("p1", $"r{i:000}") { ["N"] = i })
            .Concat(Enumerable.Range(0, 5).Select(i => new TableEntity("p2", $"r{i:000}")))
            .Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e));
        counter.Reset();

        var sent = await BatchWriter.SubmitAsync(harness.Storage.Tables.Articles, rows);

        Assert.Equal(4, sent);                       // 100 + 100 + 50 in p1, 5 in p2
        Assert.Equal(4, counter.Count);
        Assert.Equal(255, (await StorageHarness.RowsAsync(harness.Storage.Tables.Articles)).Count);
    }

    [Fact]
    public async Task AnArticleWithMoreThan100RowsIsWrittenWhole()
    {
        var harness = await StorageHarness.CreateAsync(azurite);
        var quotes = Enumerable.Range(0, 150).Select(i => new Quote($"Line {i}", null, null)).ToList();

        var outcome = await harness.IngestAsync("many.json", TestArticles.Bytes(TestArticles.Numbered(3) with { Quotes = quotes }));

        var rows = await harness.ArticleRowsAsync(outcome.ArticleIds[0]);
        Assert.Equal(150, rows.Count(r => StorageStatusService.Kind(r.RowKey) == "quote"));
        Assert.Equal(1 + 150 + 4 + 2, rows.Count);
    }

    [Fact]
    public async Task AnEntityWithTooManyPropertiesIsRefusedBeforeAnythingIsSent()
    {
        var counter = new RequestCounter();
        var harness = await StorageHarness.CreateAsync(azurite, tablePolicy: counter);
        var wide = new TableEntity("p", "r");
        for (var i = 0; i < 253; i++)
        {
            wide[$"P{i}"] = i;
        }

        counter.Reset();
        var error = await Assert.ThrowsAsync<TableLimitExceededException>(() =>
            BatchWriter.SubmitAsync(harness.Storage.Tables.Articles, [new TableTransactionAction(TableTransactionActionType.Add, wide)]));

        Assert.Contains("253 properties", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, counter.Count);
        wide.Remove("P252");
        TableLimits.EnsureWithinLimits(wide);
    }

    [Fact]
    public void SplittingNeverCutsASurrogatePair()
    {
        var value = new string('a', TableLimits.MaxStringChars - 1) + "\uD83D\uDE00" + "tail";
        var entity = new TableEntity("p", "r");

        var parts = TableLimits.WriteSplit(entity, "Json", value);

        Assert.Equal(2, parts);
        Assert.False(char.IsHighSurrogate(((string)entity["Json"])[^1]));
        Assert.Equal(value, TableLimits.ReadSplit(entity, "Json"));
    }

    [Fact]
    public void OversizedStringsAndEntitiesAreRefusedWithTheLimitNamed()
    {
        var big = new TableEntity("p", "r") { ["Text"] = new string('x', TableLimits.MaxStringChars + 1) };
        Assert.Contains("64 KiB", Assert.Throws<TableLimitExceededException>(() => TableLimits.EnsureWithinLimits(big)).Message, StringComparison.Ordinal);

        var heavy = new TableEntity("p", "r");
        for (var i = 0; i < 20; i++)
        {
            heavy[$"T{i}"] = new string('x', 30_000);
        }

        Assert.Contains("1 MiB", Assert.Throws<TableLimitExceededException>(() => TableLimits.EnsureWithinLimits(heavy)).Message, StringComparison.Ordinal);
    }
}
