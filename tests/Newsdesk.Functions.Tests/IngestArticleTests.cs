using Azure.Storage.Blobs;
using Moq;
using Newsdesk.Storage.Ingestion;

namespace Newsdesk.Functions.Tests;

public sealed class IngestArticleTests
{
    [Fact]
    public async Task RunHandsTheTriggeringBlobToTheIngestionService()
    {
        var blob = new BlobClient(new Uri("http://127.0.0.1:10000/devstoreaccount1/articles/inbox/story.json"));
        using var cts = new CancellationTokenSource();
        var service = new Mock<IIngestionService>(MockBehavior.Strict);
        service.Setup(s => s.IngestAsync(blob, cts.Token))
            .ReturnsAsync(new IngestionOutcome("inbox/story.json", IngestionStatus.Ingested, ["abc"], null, 5, 0));

        await new IngestArticle(service.Object).Run(blob, "inbox/story.json", cts.Token);

        service.Verify(s => s.IngestAsync(blob, cts.Token), Times.Once);
    }

    [Fact]
    public async Task ATransientStorageErrorPropagatesSoTheHostRetriesAndPoisons()
    {
        var blob = new BlobClient(new Uri("http://127.0.0.1:10000/devstoreaccount1/articles/x.json"));
        var service = new Mock<IIngestionService>();
        service.Setup(s => s.IngestAsync(blob, It.IsAny<CancellationToken>())).ThrowsAsync(new Azure.RequestFailedException(503, "busy"));

        var error = await Assert.ThrowsAsync<Azure.RequestFailedException>(() => new IngestArticle(service.Object).Run(blob, "x.json", CancellationToken.None));

        Assert.Equal(503, error.Status);
    }
}
