using Newsdesk.Cli.Commands;
using Newsdesk.Cli.Tests.Hosting;
using Newsdesk.Storage.Ingestion;
using Newsdesk.Testing;

namespace Newsdesk.Cli.Tests.Commands;

/// <summary>
/// <c>newsdesk events</c> playing Event Grid for a webhook in another process: here a local host that raises no events
/// of its own, standing in for <c>func start</c>, reached over HTTP like Azure Event Grid would.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class EventsCommandTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task OnceDeliversTheNewBlobToTheWebhookAndASecondRunFindsNothingNew()
    {
        await using var newsdesk = await HostedNewsdesk.StartAsync(azurite, configure: o => o with { RaiseLocalEvents = false });
        var since = await newsdesk.UploadAsync("ferry.txt", TestArticles.Create("Ferry service resumes", "https://news.example.org/ferry", ("Port Abrenta", 2)));
        var first = new TextConsole();

        var exit = await EventsCommand.RunAsync(azurite.ConnectionString, newsdesk.Name, newsdesk.Name, Webhook(newsdesk, "Host.Functions.IngestArticle"), TimeSpan.FromSeconds(1), once: true, first.Console);
        var outcome = Assert.Single(await newsdesk.WaitAsync(since, "ferry.txt")).Outcome;
        var second = new TextConsole();
        await EventsCommand.RunAsync(azurite.ConnectionString, newsdesk.Name, newsdesk.Name, Webhook(newsdesk, "Host.Functions.IngestArticle"), TimeSpan.FromSeconds(1), once: true, second.Console);

        Assert.Equal(0, exit);
        Assert.Contains("Delivered 1 event(s).", first.Text, StringComparison.Ordinal);
        Assert.Equal(IngestionStatus.Ingested, outcome.Status);
        // The ingestion log now holds ferry.txt's ETag, so a fresh `events` does not announce it again.
        Assert.Contains("Delivered 0 event(s).", second.Text, StringComparison.Ordinal);
        Assert.Equal(1, newsdesk.Host.Monitor.CompletionsOf("ferry.txt"));
    }

    [Fact]
    public async Task AWebhookThatRefusesTheEventsIsAnErrorNamingTheAnswer()
    {
        await using var newsdesk = await HostedNewsdesk.StartAsync(azurite, configure: o => o with { RaiseLocalEvents = false });
        await newsdesk.UploadAsync("quay.txt", TestArticles.Create("Quay closes", "https://news.example.org/quay", ("Port Abrenta", 1)));

        var refused = await Assert.ThrowsAsync<CliException>(() =>
            EventsCommand.RunAsync(azurite.ConnectionString, newsdesk.Name, newsdesk.Name, Webhook(newsdesk, "Host.Functions.ResizeImage"), TimeSpan.FromSeconds(1), once: true, new TextConsole().Console));

        Assert.Contains("answered 404", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, newsdesk.Host.Monitor.CompletionsOf("quay.txt"));
    }

    [Theory]
    [InlineData("relative/path")]
    [InlineData("ftp://localhost/runtime/webhooks/blobs")]
    public async Task ANonHttpTargetIsRefusedBeforeAnythingIsRead(string target)
    {
        var error = await Assert.ThrowsAsync<CliException>(() =>
            EventsCommand.RunAsync(azurite.ConnectionString, "articles", "", new Uri(target, UriKind.RelativeOrAbsolute), TimeSpan.FromSeconds(1), once: true, new TextConsole().Console));

        Assert.Contains("--to must be an http(s) URL", error.Message, StringComparison.Ordinal);
    }

    private static Uri Webhook(HostedNewsdesk newsdesk, string functionName) =>
        new(newsdesk.Host.BaseAddress, $"runtime/webhooks/blobs?functionName={functionName}");
}
