using Azure;
using Azure.Storage.Blobs;

namespace Newsdesk.Storage.Ingestion;

/// <summary>Blob in, rows out: the seam the Functions and CLI hosts call (and mock in their tests).</summary>
public interface IIngestionService
{
    /// <summary>Reads the blob (size checked first), parses it and writes its articles.</summary>
    Task<IngestionOutcome> IngestAsync(BlobClient blob, CancellationToken cancellationToken = default);

    /// <summary>Parses <paramref name="content"/> uploaded as <paramref name="blobName"/> and writes its articles.</summary>
    Task<IngestionOutcome> IngestAsync(string blobName, Stream content, ETag? etag, CancellationToken cancellationToken = default);
}
