using System.Globalization;
using System.Text.Json.Serialization;

namespace Newsdesk.Parsing.Model;

/// <summary>
/// A publication time as precise as the source says and no more: a date alone, a local time
/// without offset, or a time with its UTC offset. Serialized as ISO 8601.
/// </summary>
[JsonConverter(typeof(PublishedAtJsonConverter))]
public sealed record PublishedAt(DateOnly Date, TimeOnly? Time = null, TimeSpan? Offset = null)
{
    /// <summary>ISO 8601: <c>2024-06-19</c>, <c>2024-06-19T10:30:00</c> or <c>2024-06-19T10:30:00+03:00</c>.</summary>
    public override string ToString()
    {
        var date = Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (Time is not { } time)
        {
            return date;
        }

        var text = date + "T" + time.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        if (Offset is not { } offset)
        {
            return text;
        }

        if (offset == TimeSpan.Zero)
        {
            return text + "Z";
        }

        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        return $"{text}{sign}{abs.Hours:00}:{abs.Minutes:00}";
    }

    /// <summary>The instant, when both time and offset are known.</summary>
    public DateTimeOffset? ToInstant() =>
        Time is { } t && Offset is { } o ? new DateTimeOffset(Date.ToDateTime(t), o) : null;

    /// <summary>Parses the ISO 8601 forms <see cref="ToString"/> writes.</summary>
    public static bool TryParseIso(string? value, out PublishedAt? result)
    {
        result = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        value = value.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dateOnly))
        {
            result = new PublishedAt(dateOnly);
            return true;
        }

        var hasOffset = value.EndsWith('Z') || value.EndsWith("z", StringComparison.Ordinal) ||
            (value.Length > 19 && (value[^6] == '+' || value[^6] == '-'));
        if (hasOffset && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dto))
        {
            result = new PublishedAt(DateOnly.FromDateTime(dto.DateTime), TimeOnly.FromDateTime(dto.DateTime), dto.Offset);
            return true;
        }

        if (DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            result = new PublishedAt(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
            return true;
        }

        return false;
    }
}
