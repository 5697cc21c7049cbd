using System.Collections.Frozen;
using System.Globalization;

namespace Newsdesk.Parsing.Extraction;

/// <summary>UTC offsets of the zone abbreviations news sites print; unknown or ambiguous ones give no offset.</summary>
internal static class TimeZoneAbbreviations
{
    private static readonly FrozenDictionary<string, TimeSpan> Fixed = new Dictionary<string, TimeSpan>(StringComparer.OrdinalIgnoreCase)
    {
        ["Z"] = TimeSpan.Zero, ["UTC"] = TimeSpan.Zero, ["GMT"] = TimeSpan.Zero, ["UT"] = TimeSpan.Zero, ["WET"] = TimeSpan.Zero,
        ["EST"] = TimeSpan.FromHours(-5), ["EDT"] = TimeSpan.FromHours(-4),
        ["CST"] = TimeSpan.FromHours(-6), ["CDT"] = TimeSpan.FromHours(-5),
        ["MST"] = TimeSpan.FromHours(-7), ["MDT"] = TimeSpan.FromHours(-6),
        ["PST"] = TimeSpan.FromHours(-8), ["PDT"] = TimeSpan.FromHours(-7),
        ["AKST"] = TimeSpan.FromHours(-9), ["AKDT"] = TimeSpan.FromHours(-8), ["HST"] = TimeSpan.FromHours(-10),
        ["BST"] = TimeSpan.FromHours(1), ["WEST"] = TimeSpan.FromHours(1), ["CET"] = TimeSpan.FromHours(1), ["CEST"] = TimeSpan.FromHours(2),
        ["EET"] = TimeSpan.FromHours(2), ["EEST"] = TimeSpan.FromHours(3), ["MSK"] = TimeSpan.FromHours(3), ["SAST"] = TimeSpan.FromHours(2),
        ["GST"] = TimeSpan.FromHours(4), ["PKT"] = TimeSpan.FromHours(5), ["IST"] = new TimeSpan(5, 30, 0),
        ["ICT"] = TimeSpan.FromHours(7), ["WIB"] = TimeSpan.FromHours(7), ["SGT"] = TimeSpan.FromHours(8), ["HKT"] = TimeSpan.FromHours(8),
        ["AWST"] = TimeSpan.FromHours(8), ["PHT"] = TimeSpan.FromHours(8), ["JST"] = TimeSpan.FromHours(9), ["KST"] = TimeSpan.FromHours(9),
        ["ACST"] = new TimeSpan(9, 30, 0), ["AEST"] = TimeSpan.FromHours(10), ["AEDT"] = TimeSpan.FromHours(11),
        ["NZST"] = TimeSpan.FromHours(12), ["NZDT"] = TimeSpan.FromHours(13),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // US generic zones: standard offset; daylight time adds an hour (see IsUsDaylightTime).
    private static readonly FrozenDictionary<string, int> UsGeneric = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["ET"] = -5, ["CT"] = -6, ["MT"] = -7, ["PT"] = -8,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The offset of "EDT", "+03:00", "+0300", "GMT+2", "ET" (on that date), or null when unknown.</summary>
    public static TimeSpan? Offset(string zone, DateOnly date)
    {
        zone = zone.Trim();
        if (Fixed.TryGetValue(zone, out var known))
        {
            return known;
        }

        if (UsGeneric.TryGetValue(zone, out var standard))
        {
            return TimeSpan.FromHours(IsUsDaylightTime(date) ? standard + 1 : standard);
        }

        var numeric = zone.StartsWith("UTC", StringComparison.OrdinalIgnoreCase) || zone.StartsWith("GMT", StringComparison.OrdinalIgnoreCase)
            ? zone[3..].Trim()
            : zone;
        return ParseNumeric(numeric);
    }

    private static TimeSpan? ParseNumeric(string text)
    {
        if (text.Length < 2 || (text[0] != '+' && text[0] != '-'))
        {
            return null;
        }

        var digits = text[1..].Replace(":", "", StringComparison.Ordinal);
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var (hours, minutes) = digits.Length <= 2 ? (value, 0) : (value / 100, value % 100);
        if (hours > 14 || minutes > 59)
        {
            return null;
        }

        var offset = new TimeSpan(hours, minutes, 0);
        return text[0] == '-' ? -offset : offset;
    }

    // US daylight saving time (since 2007): second Sunday of March to first Sunday of November.
    private static bool IsUsDaylightTime(DateOnly date)
    {
        var start = NthSunday(date.Year, 3, 2);
        var end = NthSunday(date.Year, 11, 1);
        return date >= start && date < end;
    }

    private static DateOnly NthSunday(int year, int month, int n)
    {
        var first = new DateOnly(year, month, 1);
        var toSunday = ((int)DayOfWeek.Sunday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(toSunday + (7 * (n - 1)));
    }
}
