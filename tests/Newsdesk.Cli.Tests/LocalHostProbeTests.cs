using System.Text;
using Azure.Storage.Blobs;
using Newsdesk.Cli.Hosting;
using Newsdesk.Testing;

namespace Newsdesk.Cli.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class LocalHostProbeTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task TriggerFires()
    {
        var container = AzuriteFixture.UniqueName("c");
        await azurite.Blobs().GetBlobContainerClient(container).CreateIfNotExistsAsync();
        await using var host = await LocalHost.StartAsync(new LocalHostOptions { StorageConnection = azurite.ConnectionString, Port = 0, ArticlesContainer = container, HostId = container });
        var since = DateTimeOffset.UtcNow;
        var started = System.Diagnostics.Stopwatch.StartNew();
        await azurite.Blobs().GetBlobContainerClient(container).UploadBlobAsync("a.md", BinaryData.FromString("# Hello\n\nWorld."));
        var done = await host.Monitor.WaitForAsync(["a.md"], since, TimeSpan.FromSeconds(60));
        Assert.Single(done);
        Console.WriteLine($"fired after {started.Elapsed}");
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        Assert.Contains("ok", await http.GetStringAsync("api/health"));
    }
}
