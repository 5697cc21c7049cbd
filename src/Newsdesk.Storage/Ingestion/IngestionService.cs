using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using Newsdesk.Parsing;
using Newsdesk.Storage.Tables;
using Polly;

namespace Newsdesk.Storage.Ingestion;

/// <summary>
/// Ingests uploads: reads a blob with its ETag, parses it with the injected <see cref="ArticleParser"/>,
/// writes every article idempotently (see docs/storage.md) and records the result in the IngestionLog.
/// Unparseable uploads come back as <see cref="IngestionStatus.Failed"/> (logged, not retried);
/// transient storage errors are retried with backoff and, once exhausted, the blob name goes to the
/// poison queue and the error is rethrown so the host's own poison handling applies.
/// </summary>
public sealed class IngestionService : IIngestionService
{
    private readonly NewsdeskStorage _storage;
    private readonly ArticleParser _parser;
    private readonly IngestionOptions _options;
    private readonly ILogger<IngestionService> _logger;
    private readonly TimeProvider _clock;
    private readonly ArticleWriter _writer;
    private readonly IngestionLogWriter _log;
    private readonly PoisonQueue _poison;
    private readonly ResiliencePipeline _retry;

    private static readonly ResiliencePropertyKey<string> BlobNameKey = new("newsdesk.blob");

    /// <summary>Creates the service.</summary>
    public IngestionService(NewsdeskStorage storage, ArticleParser parser, IngestionOptions options, ILogger<IngestionService> logger, TimeProvider clock)
    {
        _storage = storage;
        _parser = parser;
        _options = options;
        _logger = logger;
        _clock = clock;
        _writer = new ArticleWriter(storage, new ArticleJsonStore(storage), clock);
        _log = new IngestionLogWriter(storage.Tables);
        _poison = new PoisonQueue(storage);
        _retry = TransientErrors.CreatePipeline(options, (context, attempt, ex, delay) =>
            IngestionLogMessages.Retrying(_logger, ex, context.Properties.GetValue(BlobNameKey, "?"), attempt, delay));
    }

    /// <inheritdoc />
    public Task<IngestionOutcome> IngestAsync(BlobClient blob, CancellationToken cancellationToken = default) =>
        GuardAsync(blob.Name, () => IngestBlobAsync(blob, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<IngestionOutcome> IngestAsync(string blobName, Stream content, ETag? etag, CancellationToken cancellationToken = default) =>
        GuardAsync(blobName, () => IngestContentAsync(blobName, content, etag, cancellationToken), cancellationToken);

    private async Task<IngestionOutcome> IngestBlobAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        // One GET gives the content, its ETag and its length together, so the version read is the version logged
        // (no properties call first: one request fewer per upload, and no window between the two).
        BlobDownloadStreamingResult download;
        try
        {
            download = await RetryAsync(blob.Name, async t => (await blob.DownloadStreamingAsync(cancellationToken: t).ConfigureAwait(false)).Value, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return await FailAsync(blob.Name, "missing", $"Blob '{blob.Name}' does not exist (deleted after upload?).", null, null, cancellationToken).ConfigureAwait(false);
        }

        await using var content = download.Content;
        var etag = download.Details.ETag;

        // Refuse oversized uploads from the response headers, before reading a byte of the body.
        if (download.Details.ContentLength > _parser.Options.MaxBytes)
        {
            return await FailAsync(blob.Name, "too-large", $"'{blob.Name}' is {download.Details.ContentLength:N0} bytes, over the {_parser.Options.MaxBytes:N0}-byte limit: split it or raise ParserOptions.MaxBytes.", etag, null, cancellationToken).ConfigureAwait(false);
        }

        return await IngestContentAsync(blob.Name, content, etag, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IngestionOutcome> IngestContentAsync(string blobName, Stream content, ETag? etag, CancellationToken cancellationToken)
    {
        var bytes = await ReadLimitedAsync(content, _parser.Options.MaxBytes, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return await FailAsync(blobName, "too-large", $"'{blobName}' is over the {_parser.Options.MaxBytes:N0}-byte limit: split it or raise ParserOptions.MaxBytes.", etag, null, cancellationToken).ConfigureAwait(false);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var result = _parser.Parse(bytes, blobName);
        if (!result.Succeeded)
        {
            var error = result.Errors.FirstOrDefault() ?? new ParseError("no-article", $"'{blobName}' gave no article.");
            var reason = string.Join(" | ", result.Errors.Select(e => e.Message).DefaultIfEmpty(error.Message));
            return await FailAsync(blobName, error.Code, reason, etag, hash, cancellationToken).ConfigureAwait(false);
        }

        int written = 0, deleted = 0;
        var changed = false;
        foreach (var article in result.Articles)
        {
            ArticleWriteResult write;
            try
            {
                write = await RetryAsync(
                    blobName,
                    async t => await _writer.WriteAsync(article, blobName, _options.MaxConcurrencyAttempts, t).ConfigureAwait(false),
                    cancellationToken).ConfigureAwait(false);
            }
            catch (TableLimitExceededException ex)
            {
                return await FailAsync(blobName, "table-limit", ex.Message, etag, hash, cancellationToken).ConfigureAwait(false);
            }

            IngestionLogMessages.Attempts(_logger, article.Id, blobName, write.Attempts);
            changed |= write.Changed;
            written += write.RowsWritten;
            deleted += write.RowsDeleted;
        }

        var ids = result.Articles.Select(a => a.Id).Distinct(StringComparer.Ordinal).ToList();
        var partial = result.Errors.Count == 0 ? null : $"{result.Errors.Count} part(s) could not be parsed: " + string.Join(" | ", result.Errors.Select(e => e.Line is { } line ? $"line {line}: {e.Message}" : e.Message));
        var status = changed ? IngestionStatus.Ingested : IngestionStatus.Unchanged;
        var outcome = new IngestionOutcome(blobName, status, ids, partial, written, deleted);
        await RetryAsync(blobName, async t => { await _log.WriteAsync(outcome, hash, etag, _clock.GetUtcNow(), t).ConfigureAwait(false); return true; }, cancellationToken).ConfigureAwait(false);
        if (changed)
        {
            IngestionLogMessages.Ingested(_logger, blobName, ids.Count, written, deleted);
        }
        else
        {
            IngestionLogMessages.Unchanged(_logger, blobName);
        }

        return outcome;
    }

    private async Task<IngestionOutcome> FailAsync(string blobName, string code, string reason, ETag? etag, string? hash, CancellationToken cancellationToken)
    {
        IngestionLogMessages.Failed(_logger, blobName, code, reason);
        var outcome = new IngestionOutcome(blobName, IngestionStatus.Failed, [], $"{code}: {reason}", 0, 0);
        await RetryAsync(blobName, async t => { await _log.WriteAsync(outcome, hash, etag, _clock.GetUtcNow(), t).ConfigureAwait(false); return true; }, cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    // Past the retries: record the blob on the poison queue, then rethrow for the host's own retry/poison handling.
    private async Task<IngestionOutcome> GuardAsync(string blobName, Func<Task<IngestionOutcome>> ingest, CancellationToken cancellationToken)
    {
        try
        {
            return await ingest().ConfigureAwait(false);
        }
        catch (Exception ex) when (TransientErrors.IsTransient(ex, cancellationToken))
        {
            IngestionLogMessages.Poisoned(_logger, ex, blobName);
            try
            {
                await _poison.SendAsync(blobName, $"{ex.GetType().Name}: {ex.Message}", cancellationToken).ConfigureAwait(false);
            }
            catch (Exception queueError) when (TransientErrors.IsTransient(queueError, cancellationToken))
            {
                // The queue is on the same failing account: the host's poison handling still applies.
                throw new AggregateException(ex, queueError);
            }

            throw;
        }
    }

    // One pipeline for the service's lifetime (building one per upload cost measurable CPU under load); the blob
    // name for the retry log line travels in the resilience context.
    private async Task<T> RetryAsync<T>(string blobName, Func<CancellationToken, ValueTask<T>> action, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(BlobNameKey, blobName);
        try
        {
            return await _retry.ExecuteAsync(static (ctx, run) => run(ctx.CancellationToken), context, action).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    // Reads at most maxBytes + 1 bytes: null when the stream is longer than the limit.
    private static async Task<byte[]?> ReadLimitedAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
