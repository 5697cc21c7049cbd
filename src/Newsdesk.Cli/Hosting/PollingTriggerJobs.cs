using Azure.Storage.Blobs.Specialized;
using Microsoft.Azure.WebJobs;

namespace Newsdesk.Cli.Hosting;

/// <summary>
/// <c>IngestArticle</c> with the blob trigger's classic source (<c>serve --trigger polling</c>): the WebJobs container
/// scan every 10 s plus blob receipts. It needs nothing but the storage account, but hands blobs over one at a time
/// (docs/benchmarks-ingest.md), so <see cref="MissedBlobSweeper"/> runs beside it.
/// </summary>
internal sealed class PollingTriggerJobs(BlobIngestionHandler handler)
{
    /// <summary>The WebJobs function id (declaring type and method), which the blob-trigger queue messages name.</summary>
    public static readonly string FunctionId = $"{typeof(PollingTriggerJobs).FullName}.{nameof(IngestArticleAsync)}";

    /// <summary>
    /// Ingests one uploaded blob. The trigger binds to <see cref="BlobBaseClient"/>, the extension's own trigger value:
    /// binding to <c>BlobClient</c> makes the extension build a new BlobServiceClient for every invocation (client
    /// options by reflection, a new HTTP pipeline). The handler reads through the host's long-lived container client.
    /// </summary>
    [FunctionName(BlobIngestionHandler.FunctionName)]
    public Task IngestArticleAsync(
        [BlobTrigger(BlobIngestionHandler.TriggerPath, Source = BlobTriggerSource.LogsAndContainerScan)] BlobBaseClient blob,
        string name,
        CancellationToken cancellationToken) =>
        handler.HandleAsync(name, cancellationToken);
}
