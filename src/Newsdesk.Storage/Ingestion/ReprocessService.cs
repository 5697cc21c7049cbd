using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Newsdesk.Parsing;

namespace Newsdesk.Storage.Ingestion;

/// <summary>Finds blobs last processed by an older parser version and ingests them again.</summary>
public sealed class ReprocessService(NewsdeskStorage storage, IIngestionService ingestion, ILogger<ReprocessService> logger)
{
    /// <summary>Blob names whose log rows carry a ParserVersion older than <see cref="ParserInfo.Version"/> (streamed).</summary>
    public async IAsyncEnumerable<string> FindOutdatedAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var range = IngestionLogKeys.BlobPartitions;
        var current = ParserInfo.Version;
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {range.From} and PartitionKey lt {range.To} and ParserVersion ne {current}");
        await foreach (var entity in storage.Tables.IngestionLog.QueryAsync<TableEntity>(filter, select: ["BlobName", "ParserVersion"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (IsOlder(entity.GetString("ParserVersion"), current) && entity.GetString("BlobName") is { } name)
            {
                yield return name;
            }
        }
    }

    /// <summary>Re-ingests every outdated blob from the articles container, reporting each outcome.</summary>
    public async Task<ReprocessSummary> ReprocessAsync(IProgress<ReprocessProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        int done = 0, ingested = 0, unchanged = 0, failed = 0;
        await foreach (var name in FindOutdatedAsync(cancellationToken).ConfigureAwait(false))
        {
            IngestionLogMessages.Reprocessing(logger, name, "older", ParserInfo.Version);
            var outcome = await ingestion.IngestAsync(storage.ArticlesContainer.GetBlobClient(name), cancellationToken).ConfigureAwait(false);
            done++;
            switch (outcome.Status)
            {
                case IngestionStatus.Ingested: ingested++; break;
                case IngestionStatus.Unchanged: unchanged++; break;
                default: failed++; break;
            }

            progress?.Report(new ReprocessProgress(done, outcome));
        }

        return new ReprocessSummary(done, ingested, unchanged, failed);
    }

    /// <summary>True when <paramref name="version"/> is missing, unparseable or lower than <paramref name="current"/>.</summary>
    public static bool IsOlder(string? version, string current) =>
        !Version.TryParse(version, out var v) || (Version.TryParse(current, out var c) ? v < c : !string.Equals(version, current, StringComparison.Ordinal));
}
