using System.Text;
using Azure.Data.Tables;

namespace Newsdesk.Storage.Tables;

/// <summary>
/// Table Storage service limits (Azure Table service data model / scalability targets) and the
/// helpers that keep rows within them: long text split over numbered properties, entity size
/// estimate, property count check.
/// </summary>
public static class TableLimits
{
    /// <summary>A string property holds at most 64 KiB (32K UTF-16 chars); we split at 32,000 to keep a margin.</summary>
    public const int MaxStringChars = 32_000;

    /// <summary>An entity is at most 1 MiB.</summary>
    public const int MaxEntityBytes = 1024 * 1024;

    /// <summary>Article rows over this estimate move their JSON to a blob (margin under <see cref="MaxEntityBytes"/> for system properties).</summary>
    public const int EntityBudgetBytes = 1_000_000;

    /// <summary>At most 255 properties, of which PartitionKey, RowKey and Timestamp are three.</summary>
    public const int MaxProperties = 252;

    /// <summary>An entity-group transaction holds at most 100 operations, all in one partition.</summary>
    public const int MaxBatchOperations = 100;

    /// <summary>An entity-group transaction payload is at most 4 MiB; we stay under 3.5 MB of estimate.</summary>
    public const int BatchBudgetBytes = 3_500_000;

    /// <summary>
    /// Writes <paramref name="value"/> into <c>name</c>, <c>name_1</c>, <c>name_2</c>... of at most
    /// <see cref="MaxStringChars"/> chars each (never splitting a surrogate pair); returns the parts written.
    /// </summary>
    public static int WriteSplit(TableEntity entity, string name, string value)
    {
        var part = 0;
        var start = 0;
        do
        {
            var length = Math.Min(MaxStringChars, value.Length - start);
            if (start + length < value.Length && char.IsHighSurrogate(value[start + length - 1]))
            {
                length--;
            }

            entity[part == 0 ? name : $"{name}_{part}"] = value.Substring(start, length);
            start += length;
            part++;
        }
        while (start < value.Length);
        return part;
    }

    /// <summary>Reads back a value written by <see cref="WriteSplit"/>, or null when <c>name</c> is absent.</summary>
    public static string? ReadSplit(TableEntity entity, string name)
    {
        if (entity.GetString(name) is not { } first)
        {
            return null;
        }

        var builder = new StringBuilder(first);
        for (var part = 1; entity.GetString($"{name}_{part}") is { } next; part++)
        {
            builder.Append(next);
        }

        return builder.ToString();
    }

    /// <summary>Removes <c>name</c> and its numbered parts.</summary>
    public static void RemoveSplit(TableEntity entity, string name)
    {
        entity.Remove(name);
        for (var part = 1; entity.Remove($"{name}_{part}"); part++)
        {
        }
    }

    /// <summary>
    /// The entity's size as the service counts it: 4 bytes + 2 per key char + per property 8 bytes +
    /// 2 per name char + the value (strings 4 + 2 per char, binary 4 + length, 8 for dates/longs/doubles, 16 for GUIDs).
    /// </summary>
    public static long EstimateSize(ITableEntity entity)
    {
        long size = 4 + ((entity.PartitionKey?.Length ?? 0) * 2L) + ((entity.RowKey?.Length ?? 0) * 2L);
        if (entity is not TableEntity properties)
        {
            return size;
        }

        foreach (var (name, value) in properties)
        {
            if (name is "PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")
            {
                continue;
            }

            size += 8 + (name.Length * 2L) + value switch
            {
                string s => 4 + (s.Length * 2L),
                byte[] b => 4 + b.Length,
                BinaryData b => 4 + b.ToMemory().Length,
                bool => 1,
                int => 4,
                Guid => 16,
                _ => 8,
            };
        }

        return size;
    }

    /// <summary>Refuses an entity the service would refuse, with a message naming the row and the limit.</summary>
    public static void EnsureWithinLimits(TableEntity entity)
    {
        var count = entity.Keys.Count(k => k is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag"));
        if (count > MaxProperties)
        {
            throw new TableLimitExceededException($"Row '{entity.PartitionKey}/{entity.RowKey}' has {count} properties; Table Storage allows {MaxProperties} besides PartitionKey, RowKey and Timestamp.");
        }

        if (!KeyEncoder.IsValidKey(entity.PartitionKey) || !KeyEncoder.IsValidKey(entity.RowKey))
        {
            throw new TableLimitExceededException($"Row '{entity.PartitionKey}/{entity.RowKey}' has a key Table Storage refuses (/ \\ # ? control characters or over {KeyEncoder.MaxKeyLength} chars): encode it with KeyEncoder.");
        }

        foreach (var (name, value) in entity)
        {
            if (value is string s && s.Length > MaxStringChars)
            {
                throw new TableLimitExceededException($"Property '{name}' of row '{entity.PartitionKey}/{entity.RowKey}' has {s.Length:N0} chars; a string property holds at most 64 KiB: split it with TableLimits.WriteSplit.");
            }
        }

        var size = EstimateSize(entity);
        if (size > MaxEntityBytes)
        {
            throw new TableLimitExceededException($"Row '{entity.PartitionKey}/{entity.RowKey}' is about {size:N0} bytes; an entity is at most 1 MiB.");
        }
    }
}
