using Microsoft.Extensions.Logging;

namespace Newsdesk.Storage.Ingestion;

/// <summary>Source-generated log messages of ingestion.</summary>
internal static partial class IngestionLogMessages
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Ingested {BlobName}: {ArticleCount} article(s), {RowsWritten} rows written, {RowsDeleted} deleted")]
    public static partial void Ingested(ILogger logger, string blobName, int articleCount, int rowsWritten, int rowsDeleted);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "{BlobName} is unchanged; nothing written")]
    public static partial void Unchanged(ILogger logger, string blobName);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "{BlobName} could not be ingested ({Code}): {Reason}")]
    public static partial void Failed(ILogger logger, string blobName, string code, string reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Transient storage error on {BlobName}, retry {Attempt} in {Delay}")]
    public static partial void Retrying(ILogger logger, Exception? exception, string blobName, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "Giving up on {BlobName} after retries; sent to the poison queue")]
    public static partial void Poisoned(ILogger logger, Exception exception, string blobName);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Debug, Message = "Article {ArticleId} of {BlobName} took {Attempts} concurrency attempt(s)")]
    public static partial void Attempts(ILogger logger, string articleId, string blobName, int attempts);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Information, Message = "Reprocessing {BlobName} (parser {OldVersion} -> {NewVersion})")]
    public static partial void Reprocessing(ILogger logger, string blobName, string oldVersion, string newVersion);
}
