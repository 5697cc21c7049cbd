using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Newsdesk.Cli.Hosting;
using Newsdesk.Storage.Ingestion;
using Newsdesk.Testing;

namespace Newsdesk.Cli.Tests.Hosting;

/// <summary>The safety net under the polling trigger's container scan: blobs without a log entry for their ETag are re-announced to the trigger.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class MissedBlobSweeperTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ABlobTheLogDoesNotKnowIsReannouncedAndIngestedAgainWhileIngestedBlobsAreLeftAlone()
    {
        await using var newsdesk = await HostedNewsdesk.StartAsync(azurite, sweepGrace: TimeSpan.Zero, sweepInterval: TimeSpan.FromHours(1), trigger: BlobTriggerMode.Polling);
        var sweeper = newsdesk.Host.Services.GetServices<IHostedService>().OfType<MissedBlobSweeper>().Single();
        // One after the other, so that this test's setup does not itself depend on the sweep it tests.
        await ScannedOrSweptAsync(newsdesk, sweeper, await newsdesk.UploadAsync("quay.txt", TestArticles.Create("Quay extension opens", "https://news.example.org/quay", ("Port Abrenta", 1))), "quay.txt");
        await ScannedOrSweptAsync(newsdesk, sweeper, await newsdesk.UploadAsync("pier.txt", TestArticles.Create("Pier repairs begin", "https://news.example.org/pier", ("Port Abrenta", 2))), "pier.txt");

        var (quayRuns, pierRuns) = (newsdesk.Host.Monitor.CompletionsOf("quay.txt"), newsdesk.Host.Monitor.CompletionsOf("pier.txt"));

        // As if the scan had never seen pier.txt: no log entry for its ETag.
        await newsdesk.IngestionLog.DeleteEntityAsync(IngestionLogKeys.BlobPartition("pier.txt"), IngestionLogKeys.BlobRow("pier.txt"));

        var resweep = DateTimeOffset.UtcNow;
        Assert.Equal(1, await sweeper.SweepAsync());
        var outcome = Assert.Single(await newsdesk.WaitAsync(resweep, "pier.txt")).Outcome;

        Assert.Equal(IngestionStatus.Unchanged, outcome.Status);
        Assert.Equal(pierRuns + 1, newsdesk.Host.Monitor.CompletionsOf("pier.txt"));
        // An ingested blob is left alone.
        Assert.Equal(quayRuns, newsdesk.Host.Monitor.CompletionsOf("quay.txt"));
        Assert.Equal(0, await sweeper.SweepAsync());
    }

    /// <summary>
    /// Waits for the container scan to ingest a blob. The scan itself sometimes misses a blob (the case the sweeper
    /// exists for, seen about once in six CI runs): after several scan intervals without it, the setup needs the
    /// safety net once, which must then announce exactly that blob.
    /// </summary>
    private static async Task ScannedOrSweptAsync(HostedNewsdesk newsdesk, MissedBlobSweeper sweeper, DateTimeOffset uploaded, string name)
    {
        try
        {
            await newsdesk.Host.Monitor.WaitForAsync([name], uploaded, TimeSpan.FromSeconds(45));
        }
        catch (TimeoutException)
        {
            Assert.Equal(1, await sweeper.SweepAsync());
            await newsdesk.WaitAsync(uploaded, name);
        }
    }
}
