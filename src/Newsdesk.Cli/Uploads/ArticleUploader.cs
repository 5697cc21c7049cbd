using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Newsdesk.Cli.Uploads;

/// <summary>Uploads planned files into the articles container, several at once, reporting bytes and finished files.</summary>
internal static class ArticleUploader
{
    /// <summary>Uploads every file of the plan (overwriting blobs of the same name); returns the names uploaded.</summary>
    public static async Task<IReadOnlyList<string>> UploadAsync(
        BlobContainerClient container,
        UploadPlan plan,
        Action<long>? bytesSent = null,
        Action<UploadItem>? fileDone = null,
        int parallelism = 8,
        CancellationToken cancellationToken = default)
    {
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var uploaded = new List<string>();
        await Parallel.ForEachAsync(plan.Files, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (item, token) =>
        {
            long reported = 0;
            var options = new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = ContentTypeOf(item.BlobName) },
                ProgressHandler = new SyncProgress<long>(total =>
                {
                    bytesSent?.Invoke(total - Interlocked.Exchange(ref reported, total));
                }),
            };
            await using (var stream = File.OpenRead(item.Path))
            {
                await container.GetBlobClient(item.BlobName).UploadAsync(stream, options, token);
            }

            // Small files may finish without a progress callback for their last bytes.
            bytesSent?.Invoke(item.Length - Interlocked.Exchange(ref reported, item.Length));
            lock (uploaded)
            {
                uploaded.Add(item.BlobName);
            }

            fileDone?.Invoke(item);
        });
        return uploaded;
    }

    /// <summary>The content type a file name suggests (a hint only: the parser sniffs the content).</summary>
    public static string ContentTypeOf(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".md" or ".markdown" => "text/markdown",
        ".html" or ".htm" => "text/html",
        ".json" => "application/json",
        ".ndjson" or ".jsonl" => "application/x-ndjson",
        ".txt" => "text/plain",
        _ => "application/octet-stream",
    };
}
