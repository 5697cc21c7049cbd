using System.Globalization;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Storage.Tables;

/// <summary>
/// Day-shard partition keys (docs/table-model.md): <c>{yyyy-MM-dd}_{s}</c>, the article's publication
/// date as published and <c>s</c> = first hex digit of the article id mod 8, so one day's writes
/// spread over 8 partitions (Table Storage: ~2,000 entities/s per partition) while a date range is
/// one contiguous key range.
/// </summary>
public static class PartitionKeys
{
    /// <summary>Shards per day.</summary>
    public const int ShardsPerDay = 8;

    /// <summary>The date part of undated articles.</summary>
    public const string Undated = "0000-00-00";

    /// <summary>The partition of an article.</summary>
    public static string For(NormalizedArticle article) => For(article.Id, article.PublishedAt?.Date);

    /// <summary>The partition of the article <paramref name="articleId"/> published on <paramref name="date"/>.</summary>
    public static string For(string articleId, DateOnly? date) =>
        $"{(date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : Undated)}_{Shard(articleId)}";

    /// <summary>The shard 0..7 of an article id (first hex digit mod 8; ids are lower-case hex).</summary>
    public static int Shard(string articleId) =>
        articleId.Length > 0 && char.IsAsciiHexDigit(articleId[0])
            ? Convert.ToInt32(articleId[..1], 16) % ShardsPerDay
            : (int)((uint)StableHash(articleId) % ShardsPerDay);

    /// <summary>The partition range of <c>from..to</c> (inclusive days): <c>PK ge '{from}_' and PK lt '{to}_~'</c>.</summary>
    public static KeyRange Range(DateOnly from, DateOnly to) =>
        new($"{from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}_", $"{to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}_~");

    /// <summary>Every dated and undated day-shard partition (excludes nothing else: other tables use other PKs).</summary>
    public static KeyRange All => new("0000-00-00_", "9999-12-31_~");

    /// <summary>The publication date encoded in a day-shard partition key, or null for undated ones.</summary>
    public static DateOnly? DateOf(string partitionKey) =>
        partitionKey.Length >= 10 && DateOnly.TryParseExact(partitionKey.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private static int StableHash(string value)
    {
        var hash = 17;
        foreach (var c in value)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
