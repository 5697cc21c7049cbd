using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Newsdesk.Cli.Hosting;
using Newsdesk.Storage.Ingestion;
using Newsdesk.Testing;

namespace Newsdesk.Cli.Tests.Hosting;

/// <summary>The local stand-in for Event Grid: BlobCreated events from container listings, compared by ETag.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class LocalBlobEventsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ARestartedHostAnnouncesOnlyBlobsUploadedWhileItWasDownNotThoseTheLogHas()
    {
        string name;
        await using (var first = await HostedNewsdesk.StartAsync(azurite))
        {
            name = first.Name;
            await first.WaitAsync(await first.UploadAsync("dock.txt", TestArticles.Create("Dock reopens", "https://news.example.org/dock", ("Port Abrenta", 1))), "dock.txt");
        }

        // Uploaded while no host runs: only a listing can find it.
        var since = DateTimeOffset.UtcNow;
        await azurite.Blobs().GetBlobContainerClient(name).GetBlobClient("crane.txt")
            .UploadAsync(BinaryData.FromString(TestArticles.Create("Crane arrives", "https://news.example.org/crane", ("Orla Venstrom", 2))));

        await using var second = await HostedNewsdesk.StartAsync(azurite, name: name, configure: o => o with { EventInterval = TimeSpan.FromHours(1) });
        var crane = Assert.Single(await second.WaitAsync(since, "crane.txt")).Outcome;
        var events = second.Host.Services.GetServices<IHostedService>().OfType<LocalBlobEvents>().Single();

        Assert.Equal(IngestionStatus.Ingested, crane.Status);
        Assert.Equal(0, await events.PassAsync());
        Assert.Equal(0, second.Host.Monitor.CompletionsOf("dock.txt"));
        Assert.Equal(1, second.Host.Monitor.CompletionsOf("crane.txt"));
    }

    [Fact]
    public async Task AnOverwrittenBlobIsAnnouncedAgainAndAnUnchangedOneIsNot()
    {
        await using var newsdesk = await HostedNewsdesk.StartAsync(azurite, configure: o => o with { EventInterval = TimeSpan.FromHours(1) });
        var events = newsdesk.Host.Services.GetServices<IHostedService>().OfType<LocalBlobEvents>().Single();
        await FirstPassAsync(events);
        await newsdesk.UploadAsync("gate.txt", TestArticles.Create("Gate closes", "https://news.example.org/gate", ("Port Abrenta", 1)));
        await newsdesk.UploadAsync("quay.txt", TestArticles.Create("Quay opens", "https://news.example.org/quay", ("Port Abrenta", 1)));

        var since = DateTimeOffset.UtcNow;
        Assert.Equal(2, await events.PassAsync());
        await newsdesk.WaitAsync(since, "gate.txt", "quay.txt");
        Assert.Equal(0, await events.PassAsync());

        var changed = await newsdesk.UploadAsync("gate.txt", TestArticles.Create("Gate closes for repairs", "https://news.example.org/gate", ("Port Abrenta", 2)));
        Assert.Equal(1, await events.PassAsync());
        var outcome = Assert.Single(await newsdesk.WaitAsync(changed, "gate.txt")).Outcome;

        Assert.Equal(IngestionStatus.Ingested, outcome.Status);
        Assert.Equal(2, newsdesk.Host.Monitor.CompletionsOf("gate.txt"));
        Assert.Equal(1, newsdesk.Host.Monitor.CompletionsOf("quay.txt"));
    }

    [Fact]
    public async Task TwoPassesAtOnceAnnounceANewBlobOnce()
    {
        await using var newsdesk = await HostedNewsdesk.StartAsync(azurite, configure: o => o with { EventInterval = TimeSpan.FromHours(1) });
        var events = newsdesk.Host.Services.GetServices<IHostedService>().OfType<LocalBlobEvents>().Single();
        await FirstPassAsync(events);
        var uploaded = await newsdesk.UploadAsync("pier.txt", TestArticles.Create("Pier repaired", "https://news.example.org/pier", ("Port Abrenta", 1)));

        var counts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => events.PassAsync()));
        await newsdesk.WaitAsync(uploaded, "pier.txt");

        Assert.Equal(1, counts.Sum());
        Assert.Equal(1, newsdesk.Host.Monitor.CompletionsOf("pier.txt"));
    }

    /// <summary>
    /// The host lists the container once as it starts, then (with an hour's interval) not again; the test's own passes
    /// count only blobs uploaded after that first one.
    /// </summary>
    private static async Task FirstPassAsync(LocalBlobEvents events)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (events.Passes == 0)
        {
            await Task.Delay(50, timeout.Token);
        }
    }
}
