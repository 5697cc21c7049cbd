using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Newsdesk.Storage.Ingestion;

namespace Newsdesk.Functions;

/// <summary>Blob trigger on <c>articles/{name}</c> (Event Grid source): hands the blob to the ingestion service.</summary>
public sealed class IngestArticle(IIngestionService ingestion)
{
    /// <summary>Ingests one uploaded blob; transient storage errors propagate so the host retries and, past poisonBlobThreshold, poisons it.</summary>
    [Function(nameof(IngestArticle))]
    public Task Run(
        [BlobTrigger("articles/{name}", Source = BlobTriggerSource.EventGrid, Connection = "AzureWebJobsStorage")] BlobClient blob,
        string name,
        CancellationToken cancellationToken) =>
        ingestion.IngestAsync(blob, cancellationToken);
}
