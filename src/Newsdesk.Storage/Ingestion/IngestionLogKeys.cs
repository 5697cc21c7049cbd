using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Newsdesk.Storage.Tables;

namespace Newsdesk.Storage.Ingestion;

/// <summary>Keys of the IngestionLog table (docs/table-model.md).</summary>
public static class IngestionLogKeys
{
    /// <summary>The partition of failure rows (RK = inverted ticks, newest first).</summary>
    public const string FailuresPartition = "failures";

    /// <summary>Prefix of the per-blob partitions <c>blob_{0..7}</c>.</summary>
    public const string BlobPartitionPrefix = "blob_";

    /// <summary>Prefix of the article locator partitions <c>article_{first hex digit}</c>.</summary>
    public const string LocatorPartitionPrefix = "article_";

    /// <summary>The partition of a blob's log row: <c>blob_{s}</c>, s = first byte of SHA-256(name) mod 8.</summary>
    public static string BlobPartition(string blobName) =>
        BlobPartitionPrefix + (SHA256.HashData(Encoding.UTF8.GetBytes(blobName))[0] % 8).ToString(CultureInfo.InvariantCulture);

    /// <summary>The row key of a blob's log row: the escaped blob name.</summary>
    public static string BlobRow(string blobName) => KeyEncoder.Encode(blobName);

    /// <summary>Every per-blob partition: <c>PK ge 'blob_' and PK lt 'blob`'</c>.</summary>
    public static KeyRange BlobPartitions => KeyRange.Prefix(BlobPartitionPrefix);

    /// <summary>A failure row key: inverted ticks (newest sorts first) and a short hash of the blob name.</summary>
    public static string FailureRow(DateTimeOffset at, string blobName) =>
        (DateTime.MaxValue.Ticks - at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "_" +
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(blobName)))[..8];

    /// <summary>The locator partition of an article id.</summary>
    public static string LocatorPartition(string articleId) => LocatorPartitionPrefix + RowKeys.Segment(articleId.Length > 0 ? articleId[..1] : "-");
}
