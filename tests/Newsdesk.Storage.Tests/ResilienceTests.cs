using Azure;
using Newsdesk.Storage.Ingestion;
using Newsdesk.Storage.Tests.Support;
using Newsdesk.Testing;

namespace Newsdesk.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class ResilienceTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task TransientServerBusyErrorsAreRetriedUntilTheWriteSucceeds()
    {
        var transport = new FailFirstHandler(failures: 3);
        var harness = await StorageHarness.CreateAsync(azurite, tableTransport: transport);

        var outcome = await harness.IngestAsync("busy.json", TestArticles.Bytes(TestArticles.Numbered(5)));

        Assert.Equal(IngestionStatus.Ingested, outcome.Status);
        Assert.True(transport.Calls > 3);
        Assert.Equal(1 + 4 + 2, (await harness.ArticleRowsAsync(outcome.ArticleIds[0])).Count);
        Assert.Equal(0, (await harness.Storage.PoisonQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task PastTheRetryThresholdTheBlobIsQueuedAsPoisonAndTheErrorRethrown()
    {
        var transport = new FailFirstHandler(failures: int.MaxValue);
        var harness = await StorageHarness.CreateAsync(azurite, tableTransport: transport, ingestion: new IngestionOptions { MaxRetryAttempts = 2, RetryDelay = TimeSpan.FromMilliseconds(1) });

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => harness.IngestAsync("down.json", TestArticles.Bytes(TestArticles.Numbered(6))));

        Assert.Equal(503, error.Status);
        Assert.Equal(3, transport.Calls);     // the first try and two retries of the first table read
        var messages = (await harness.Storage.PoisonQueue.ReceiveMessagesAsync(10)).Value;
        var message = PoisonQueue.Parse(Assert.Single(messages).Body.ToString());
        Assert.Equal("down.json", message!.BlobName);
        Assert.Contains("503", message.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(503, true)]
    [InlineData(500, true)]
    [InlineData(429, true)]
    [InlineData(408, true)]
    [InlineData(409, false)]
    [InlineData(412, false)]
    [InlineData(400, false)]
    public void OnlyTransientStatusesAreRetried(int status, bool transient) =>
        Assert.Equal(transient, TransientErrors.IsTransient(new RequestFailedException(status, "x")));

    [Fact]
    public void TimeoutsAreTransientButCallerCancellationIsNot()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.True(TransientErrors.IsTransient(new TaskCanceledException("timeout"), CancellationToken.None));
        Assert.False(TransientErrors.IsTransient(new TaskCanceledException("cancelled"), cancelled.Token));
        Assert.True(TransientErrors.IsTransient(new TimeoutException()));
    }
}
