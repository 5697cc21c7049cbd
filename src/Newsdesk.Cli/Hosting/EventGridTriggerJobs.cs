using Azure.Storage.Blobs.Specialized;
using Microsoft.Azure.WebJobs;

namespace Newsdesk.Cli.Hosting;

/// <summary>
/// <c>IngestArticle</c> with the blob trigger's Event Grid source, as the Functions app runs in Azure: BlobCreated
/// events arrive at <c>/runtime/webhooks/blobs</c> (<see cref="BlobWebhook"/>), the WebJobs blob extension puts one
/// message per event on the host's blob-trigger queue, and the queue listener runs the function (retries, poison
/// queue). Locally <see cref="LocalBlobEvents"/> plays Event Grid, since Azurite raises no events.
/// </summary>
internal sealed class EventGridTriggerJobs(BlobIngestionHandler handler)
{
    /// <summary>The WebJobs function id (declaring type and method), which the blob-trigger queue messages name.</summary>
    public static readonly string FunctionId = $"{typeof(EventGridTriggerJobs).FullName}.{nameof(IngestArticleAsync)}";

    /// <summary>
    /// Ingests one uploaded blob. The trigger binds to <see cref="BlobBaseClient"/>, the extension's own trigger value:
    /// binding to <c>BlobClient</c> makes the extension build a new BlobServiceClient for every invocation (client
    /// options by reflection, a new HTTP pipeline). The handler reads through the host's long-lived container client.
    /// </summary>
    [FunctionName(BlobIngestionHandler.FunctionName)]
    public Task IngestArticleAsync(
        [BlobTrigger(BlobIngestionHandler.TriggerPath, Source = BlobTriggerSource.EventGrid)] BlobBaseClient blob,
        string name,
        CancellationToken cancellationToken) =>
        handler.HandleAsync(name, cancellationToken);
}
