using Newsdesk.Storage.Ingestion;
using Newsdesk.Storage.Tests.Support;
using Newsdesk.Testing;
using Xunit.Abstractions;

namespace Newsdesk.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class RoundTripTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task ASeedSizedArticleTakesAtMostSixTableRoundTrips()
    {
        var counter = new RequestCounter();
        var harness = await StorageHarness.CreateAsync(azurite, tablePolicy: counter);
        var seed = TestArticles.SeedSized();
        counter.Reset();

        var created = await harness.IngestAsync("seed.json", TestArticles.Bytes(seed));
        var newArticle = counter.Count;
        counter.Reset();
        var changed = await harness.IngestAsync("seed.json", TestArticles.Bytes(seed with { Subtitle = "Updated" }));
        var changedArticle = counter.Count;
        counter.Reset();
        var unchanged = await harness.IngestAsync("seed.json", TestArticles.Bytes(seed with { Subtitle = "Updated" }));
        var unchangedArticle = counter.Count;
        output.WriteLine($"table round trips: new {newArticle} ({created.RowsWritten} rows), changed {changedArticle}, unchanged {unchangedArticle}");

        Assert.Equal(IngestionStatus.Ingested, created.Status);
        Assert.Equal(IngestionStatus.Ingested, changed.Status);
        Assert.Equal(IngestionStatus.Unchanged, unchanged.Status);
        Assert.InRange(newArticle, 1, 6);
        Assert.InRange(changedArticle, 1, 6);
        Assert.InRange(unchangedArticle, 1, 3);
    }
}
