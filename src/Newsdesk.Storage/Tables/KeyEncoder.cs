using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Newsdesk.Storage.Tables;

/// <summary>
/// Turns any string into a valid, reversible Table Storage key segment. Table keys may not contain
/// <c>/ \ # ?</c> or control characters U+0000-U+001F and U+007F-U+009F, and are at most 1 KiB
/// (512 UTF-16 chars) (Table service data model). Those characters, our escape <c>!</c>, the key
/// separator <c>_</c>, <c>%</c> and lone surrogates are written as <c>!XX</c> (<c>!uXXXX</c> for
/// surrogates); a segment longer than its budget keeps a prefix and ends in <c>!~</c> + 32 hex
/// digits of its SHA-256, which is stable but no longer reversible.
/// </summary>
public static class KeyEncoder
{
    /// <summary>Longest key Table Storage accepts: 1 KiB of UTF-16.</summary>
    public const int MaxKeyLength = 512;

    /// <summary>Budget of one segment inside a composite key (leaves room for prefixes and the article id).</summary>
    public const int MaxSegmentLength = 400;

    private const char Escape = '!';
    private const string HashMarker = "!~";
    private const int HashLength = 32;

    /// <summary>Encodes <paramref name="value"/> so that it is a valid key of at most <paramref name="maxLength"/> chars.</summary>
    public static string Encode(string value, int maxLength = MaxKeyLength)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, HashMarker.Length + HashLength + 1);
        var builder = new StringBuilder(value.Length + 8);
        var budget = maxLength - HashMarker.Length - HashLength;
        var cut = -1;
        for (var i = 0; i < value.Length; i++)
        {
            if (cut < 0 && builder.Length > budget)
            {
                cut = LastBoundary(builder, budget);
            }

            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append(Escape).Append('u').Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else if (MustEscape(c))
            {
                builder.Append(Escape).Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        if (builder.Length <= maxLength)
        {
            return builder.ToString();
        }

        var encoded = builder.ToString();
        cut = cut < 0 ? LastBoundary(builder, budget) : cut;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(encoded)))[..HashLength];
        return string.Concat(encoded.AsSpan(0, cut), HashMarker, hash);
    }

    /// <summary>Decodes a key written by <see cref="Encode"/>; false when it was hashed or is not an encoded key.</summary>
    public static bool TryDecode(string key, out string value)
    {
        value = "";
        if (IsHashed(key))
        {
            return false;
        }

        var builder = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] != Escape)
            {
                builder.Append(key[i]);
                continue;
            }

            var isWide = i + 1 < key.Length && key[i + 1] == 'u';
            var start = isWide ? i + 2 : i + 1;
            var digits = isWide ? 4 : 2;
            if (start + digits > key.Length ||
                !int.TryParse(key.AsSpan(start, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                return false;
            }

            builder.Append((char)code);
            i = start + digits - 1;
        }

        value = builder.ToString();
        return true;
    }

    /// <summary>True when the key was too long and ends in a hash (not reversible).</summary>
    public static bool IsHashed(string key) =>
        key.Length > HashLength + 1 && key.AsSpan(key.Length - HashLength - HashMarker.Length).StartsWith(HashMarker, StringComparison.Ordinal);

    /// <summary>True when Table Storage accepts <paramref name="key"/> as a PartitionKey or RowKey.</summary>
    public static bool IsValidKey(string key)
    {
        if (key.Length > MaxKeyLength)
        {
            return false;
        }

        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (c is '/' or '\\' or '#' or '?' || IsControl(c))
            {
                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < key.Length && char.IsLowSurrogate(key[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MustEscape(char c) => c is '/' or '\\' or '#' or '?' or Escape or '_' or '%' || IsControl(c);

    // Control characters U+0000-U+001F and U+007F-U+009F are not allowed in keys.
    private static bool IsControl(char c) => c <= '\u001F' || c is >= '\u007F' and <= '\u009F';

    // The last index <= budget that does not split an escape sequence or a surrogate pair.
    private static int LastBoundary(StringBuilder builder, int budget)
    {
        var cut = Math.Min(budget, builder.Length);
        for (var back = 1; back <= 5 && cut - back >= 0; back++)
        {
            if (builder[cut - back] == Escape)
            {
                var length = cut - back + 1 < builder.Length && builder[cut - back + 1] == 'u' ? 6 : 3;
                if (back < length)
                {
                    cut -= back;
                }

                break;
            }
        }

        if (cut > 0 && char.IsHighSurrogate(builder[cut - 1]))
        {
            cut--;
        }

        return cut;
    }
}
