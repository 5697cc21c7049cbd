using Azure.Data.Tables;
using Newsdesk.Storage.Tables;

namespace Newsdesk.Storage.Ingestion;

/// <summary>One IngestionLog row: the last ingestion of a blob (or one failure in the <c>failures</c> partition).</summary>
/// <param name="BlobName">The blob name as uploaded.</param>
/// <param name="Status">ingested, unchanged or failed.</param>
/// <param name="Reason">Failure reason or parse errors.</param>
/// <param name="ParserVersion">The parser version that processed it.</param>
/// <param name="ContentHash">SHA-256 of the blob content, when read.</param>
/// <param name="ArticleIds">Articles it gave.</param>
/// <param name="ETag">The blob ETag that was read.</param>
/// <param name="At">When.</param>
/// <param name="RowsWritten">Rows written.</param>
/// <param name="RowsDeleted">Rows deleted.</param>
public sealed record IngestionLogEntry(
    string BlobName,
    string Status,
    string? Reason,
    string ParserVersion,
    string? ContentHash,
    IReadOnlyList<string> ArticleIds,
    string? ETag,
    DateTimeOffset At,
    int RowsWritten,
    int RowsDeleted)
{
    /// <summary>Maps a stored row.</summary>
    public static IngestionLogEntry FromEntity(TableEntity entity) => new(
        entity.GetString(nameof(BlobName)) ?? "",
        entity.GetString(nameof(Status)) ?? "",
        entity.GetString(nameof(Reason)),
        entity.GetString(nameof(ParserVersion)) ?? "",
        entity.GetString(nameof(ContentHash)),
        StorageJson.ReadList(TableLimits.ReadSplit(entity, nameof(ArticleIds))),
        entity.GetString(nameof(ETag)),
        entity.GetDateTimeOffset(nameof(At)) ?? default,
        entity.GetInt32(nameof(RowsWritten)) ?? 0,
        entity.GetInt32(nameof(RowsDeleted)) ?? 0);

    /// <summary>The row to store under the given keys.</summary>
    public TableEntity ToEntity(string partitionKey, string rowKey)
    {
        var entity = new TableEntity(partitionKey, rowKey)
        {
            [nameof(BlobName)] = BlobName,
            [nameof(Status)] = Status,
            [nameof(Reason)] = Reason is { Length: > TableLimits.MaxStringChars } ? Reason[..TableLimits.MaxStringChars] : Reason,
            [nameof(ParserVersion)] = ParserVersion,
            [nameof(ContentHash)] = ContentHash,
            [nameof(ETag)] = ETag,
            [nameof(At)] = At,
            [nameof(RowsWritten)] = RowsWritten,
            [nameof(RowsDeleted)] = RowsDeleted,
        };
        TableLimits.WriteSplit(entity, nameof(ArticleIds), StorageJson.WriteList(ArticleIds));
        return entity.WithoutNulls();
    }
}
