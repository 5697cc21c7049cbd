using Azure.Storage.Blobs;
using Microsoft.Azure.WebJobs;

namespace Newsdesk.Cli.Hosting;

/// <summary>
/// <c>IngestArticle</c> with the blob trigger's classic source (<c>serve --trigger polling</c>): the WebJobs container
/// scan every 10 s plus blob receipts. It needs nothing but the storage account, but hands blobs over one at a time
/// (docs/benchmarks-ingest.md), so <see cref="MissedBlobSweeper"/> runs beside it.
/// </summary>
internal sealed class PollingTriggerJobs(BlobIngestionHandler handler)
{
    /// <summary>Ingests one uploaded blob.</summary>
    [FunctionName(BlobIngestionHandler.FunctionName)]
    public Task IngestArticleAsync(
        [BlobTrigger(BlobIngestionHandler.TriggerPath, Source = BlobTriggerSource.LogsAndContainerScan)] BlobClient blob,
        string name,
        CancellationToken cancellationToken) =>
        handler.HandleAsync(blob, name, cancellationToken);
}
