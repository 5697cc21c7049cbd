using System.Globalization;
using System.Text.RegularExpressions;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Extraction;

/// <summary>
/// Reads the date forms news pages use (ISO 8601, RFC 1123, "June 19, 2024", "19 June 2024",
/// "Jun. 19, 2024 10:30 AM EDT", "2024/06/19", unambiguous d/m/y, unix epochs) into a
/// <see cref="PublishedAt"/> exactly as precise as the text: never a guessed time or zone.
/// </summary>
internal static partial class DateTextParser
{
    // English month names, and the German ones that differ ("30. Juli 2018", "4. März 2024"): MonthNumber reads both.
    private const string Month = @"(?<mon>jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch)?|märz|maerz|apr(?:il)?|may|mai|june?|juni|july?|juli|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?)\.?";
    private const string Weekday = @"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?";
    private const string Time = @"(?:(?:\s*,\s*|\s+at\s+|\s*[-–—|·/]\s*|\s+)(?<h>\d{1,2})[:.](?<mi>\d{2})(?::(?<s>\d{2})(?:[.,]\d{1,9})?)?(?:\s*(?<ampm>[ap])\.?\s?m\b\.?)?(?:\s*\(?(?<zone>Z\b|[+-]\d{2}:?\d{2}|(?:UTC|GMT)(?:\s?[+-]\d{1,2}(?::?\d{2})?)?|[A-Z]{2,5}\b)\)?)?)?";

    // Labels of date lines ("Published: ...", "Updated 10:30 ...").
    [GeneratedRegex(@"^\s*(?:(?:first\s+)?published|posted|updated|last\s+updated|date|dated|created|modified)(?:\s+on)?\s*[:\-–—]?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelRegex();

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T ](?<h>\d{2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:[.,]\d{1,9})?)?\s*(?<zone>Z\b|[+-]\d{2}(?::?\d{2})?\b|UTC\b|GMT\b)?)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex IsoRegex();

    [GeneratedRegex(@"\b" + Weekday + Month + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b" + Time, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MonthDayYearRegex();

    // "7:07 PM EST Nov 19, 2019", "4:17 PM GMT-6, July 9, 2026" (AP): the time first. Only with am/pm, so that a bare "10.30" before a date is not read as a time.
    [GeneratedRegex(@"\b(?<h>\d{1,2})[:.](?<mi>\d{2})\s*(?<ampm>[ap])\.?\s?m\b\.?(?:\s*(?<zone>(?-i:(?:UTC|GMT)[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,5}))\b)?(?:\s*,\s*|\s+)(?:on\s+)?" + Weekday + Month + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TimeMonthDayYearRegex();

    [GeneratedRegex(@"\b" + Weekday + @"(?<d>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?" + Month + @",?\s+(?<y>\d{4})\b" + Time, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DayMonthYearRegex();

    [GeneratedRegex(@"\b(?<y>\d{4})[/.](?<m>\d{1,2})[/.](?<d>\d{1,2})\b" + Time, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SlashYmdRegex();

    [GeneratedRegex(@"\b(?<a>\d{1,2})[/.](?<b>\d{1,2})[/.](?<y>\d{4})\b" + Time, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NumericDateRegex();

    /// <summary>The first date found anywhere in <paramref name="text"/> (a date candidate).</summary>
    public static PublishedAt? Find(string? text) => Parse(text, wholeLine: false);

    /// <summary>The date when the whole line, after an optional "Published:"-style label, is a date.</summary>
    public static PublishedAt? ParseLine(string? line) => ParseLine(line, out _);

    /// <summary>
    /// The date when the whole line is a date, or a line of dated parts ("Updated: ... | Published: ...")
    /// gives the publication part (else the first); <paramref name="isUpdate"/> tells that the date is only
    /// a modification date.
    /// </summary>
    public static PublishedAt? ParseLine(string? line, out bool isUpdate)
    {
        isUpdate = false;
        if (line is null)
        {
            return null;
        }

        if (Parse(line, wholeLine: true) is { } whole)
        {
            isUpdate = IsUpdateLine(line);
            return whole;
        }

        if (line.Length > 160 || line.IndexOfAny(['|', '·', '•', '/']) < 0)
        {
            return null;
        }

        PublishedAt? first = null;
        foreach (var part in line.Split(["|", "·", "•", " / "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (Parse(part, wholeLine: true) is not { } value)
            {
                return null;
            }

            if (!IsUpdateLine(part))
            {
                return value;
            }

            first ??= value;
        }

        isUpdate = first is not null;
        return first;
    }

    private static bool IsUpdateLine(string line)
    {
        var trimmed = line.AsSpan().TrimStart();
        return trimmed.StartsWith("updated", StringComparison.OrdinalIgnoreCase) ||
            trimmed.StartsWith("last updated", StringComparison.OrdinalIgnoreCase) ||
            trimmed.StartsWith("modified", StringComparison.OrdinalIgnoreCase);
    }

    private static PublishedAt? Parse(string? text, bool wholeLine)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 400)
        {
            return null;
        }

        var body = text.Trim();
        if (wholeLine && body.Length > 80)
        {
            return null;
        }

        if (body.Length is >= 9 and <= 13 && body.All(char.IsAsciiDigit))
        {
            return FromEpoch(long.Parse(body, CultureInfo.InvariantCulture));
        }

        var label = LabelRegex().Match(body);
        var start = label.Success ? label.Length : 0;
        PublishedAt? best = null;
        var bestIndex = int.MaxValue;
        foreach (var regex in (ReadOnlySpan<Regex>)[IsoRegex(), TimeMonthDayYearRegex(), MonthDayYearRegex(), DayMonthYearRegex(), SlashYmdRegex(), NumericDateRegex()])
        {
            var match = regex.Match(body, start);
            if (!match.Success || match.Index >= bestIndex)
            {
                continue;
            }

            if (wholeLine && (match.Index != start || !IsOnlyPunctuation(body.AsSpan(match.Index + match.Length))))
            {
                continue;
            }

            if (Build(match) is { } value)
            {
                best = value;
                bestIndex = match.Index;
            }
        }

        return best;
    }

    private static bool IsOnlyPunctuation(ReadOnlySpan<char> rest)
    {
        foreach (var c in rest)
        {
            if (!char.IsWhiteSpace(c) && !char.IsPunctuation(c))
            {
                return false;
            }
        }

        return true;
    }

    // "04.03.2024": dotted numeric dates are day-first wherever they are written (DIN 5008, ГОСТ, most of Europe); m/d/y never uses dots.
    private static bool IsDotted(Match match)
    {
        var a = match.Groups["a"];
        var after = a.Index + a.Length;
        return after < match.Index + match.Length && match.Value[after - match.Index] == '.';
    }

    private static PublishedAt? Build(Match match)
    {
        var year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        int month, day;
        if (match.Groups["mon"].Success)
        {
            month = MonthNumber(match.Groups["mon"].ValueSpan);
            day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        }
        else if (match.Groups["m"].Success)
        {
            month = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
            day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        }
        else
        {
            // d/m/y or m/d/y: only when one reading is impossible; otherwise it would be a guess.
            var a = int.Parse(match.Groups["a"].ValueSpan, CultureInfo.InvariantCulture);
            var b = int.Parse(match.Groups["b"].ValueSpan, CultureInfo.InvariantCulture);
            if (a > 12 && b <= 12) { day = a; month = b; }
            else if (b > 12 && a <= 12) { day = b; month = a; }
            else if (a == b || IsDotted(match)) { day = a; month = b; }
            else { return null; }
        }

        if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var date = new DateOnly(year, month, day);
        if (!match.Groups["h"].Success)
        {
            return new PublishedAt(date);
        }

        var hour = int.Parse(match.Groups["h"].ValueSpan, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["mi"].ValueSpan, CultureInfo.InvariantCulture);
        var second = match.Groups["s"].Success ? int.Parse(match.Groups["s"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        if (match.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12)
            {
                return new PublishedAt(date);
            }

            var pm = char.ToLowerInvariant(match.Groups["ampm"].ValueSpan[0]) == 'p';
            hour = hour == 12 ? (pm ? 12 : 0) : (pm ? hour + 12 : hour);
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return new PublishedAt(date);
        }

        var offset = match.Groups["zone"].Success ? TimeZoneAbbreviations.Offset(match.Groups["zone"].Value, date) : null;
        return new PublishedAt(date, new TimeOnly(hour, minute, second), offset);
    }

    private static PublishedAt? FromEpoch(long value)
    {
        // 13 digits are milliseconds (JavaScript), 9-10 digits seconds; anything outside 1990-2100 is not a publication date.
        var seconds = value >= 100_000_000_000 ? value / 1000 : value;
        if (seconds is < 631_152_000 or > 4_102_444_800)
        {
            return null;
        }

        var instant = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return new PublishedAt(DateOnly.FromDateTime(instant.UtcDateTime), TimeOnly.FromDateTime(instant.UtcDateTime), TimeSpan.Zero);
    }

    private static int MonthNumber(ReadOnlySpan<char> name) => char.ToLowerInvariant(name[0]) switch
    {
        'j' when name.Length > 1 && char.ToLowerInvariant(name[1]) == 'a' => 1,
        'j' when name.Length > 2 && char.ToLowerInvariant(name[2]) == 'n' => 6,
        'j' => 7,
        'f' => 2,
        'm' when name.Length > 2 && char.ToLowerInvariant(name[2]) == 'r' => 3,
        'm' => 5,
        'a' when name.Length > 1 && char.ToLowerInvariant(name[1]) == 'p' => 4,
        'a' => 8,
        's' => 9,
        'o' => 10,
        'n' => 11,
        _ => 12,
    };
}
