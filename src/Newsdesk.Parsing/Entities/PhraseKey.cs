using Newsdesk.Parsing.Gazetteers;
using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Entities;

/// <summary>Builds phrase keys (tokens joined by one space, the last without its possessive) into a caller's buffer.</summary>
internal static class PhraseKey
{
    /// <summary>Longest key written; longer phrases are never gazetteer entries.</summary>
    public const int MaxLength = 96;

    /// <summary>Writes the key of tokens [s, e); returns its length, or -1 when it does not fit.</summary>
    public static int Write(Span<char> buffer, string text, Token[] tokens, int s, int e, bool stripLastPossessive = true)
    {
        var length = 0;
        for (var k = s; k < e; k++)
        {
            var t = tokens[k];
            var part = stripLastPossessive && k == e - 1 ? t.Core(text) : t.Full(text);
            if (length + part.Length + 1 > buffer.Length)
            {
                return -1;
            }

            if (k > s)
            {
                buffer[length++] = ' ';
            }

            part.CopyTo(buffer[length..]);
            length += part.Length;
        }

        return length;
    }

    /// <summary>Looks tokens [s, e) up among gazetteer phrases (case-insensitively for all-caps text when asked).</summary>
    public static GazetteerEntry? Lookup(Gazetteer gaz, string text, Token[] tokens, int s, int e, bool ignoreCase = false)
    {
        if (e - s > 8)
        {
            return null;
        }

        Span<char> buffer = stackalloc char[MaxLength];
        var length = Write(buffer, text, tokens, s, e);
        if (length <= 0)
        {
            return null;
        }

        var key = buffer[..length];
        if (gaz.PhraseLookup.TryGetValue(key, out var entry))
        {
            return entry;
        }

        return ignoreCase && gaz.PhraseIgnoreCaseLookup.TryGetValue(key, out entry) ? entry : null;
    }

    /// <summary>Whether tokens [s, e), written in full, begin some longer gazetteer phrase ("Democratic People's").</summary>
    public static bool IsPhrasePrefix(Gazetteer gaz, string text, Token[] tokens, int s, int e)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        var length = Write(buffer, text, tokens, s, e, stripLastPossessive: false);
        return length > 0 && gaz.PrefixLookup.Contains(buffer[..length]);
    }

    // "Foreign Ministers", "Presidents": a listed title in the plural (not "News", "Ross": the singular must be listed).
    // One-word plurals only for a few titles: "Masters", "Bishops" and "Knights" are surnames too.
    private static bool IsPluralRole(Gazetteer gaz, ReadOnlySpan<char> key) =>
        key.Length > 4 && key[^1] == 's' && key[^2] != 's' && (key.Contains(' ') || key is "Ministers" or "Presidents" or "Senators" or "Governors") &&
        gaz.RoleLookup.Contains(key[..^1]);

    /// <summary>Longest role title starting at s (up to 6 tokens, "Under Secretary of the Treasury"); 0 when none.</summary>
    public static int RoleLength(Gazetteer gaz, string text, Token[] tokens, int s, int e)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        var best = 0;
        for (var k = s + 1; k <= e && k - s <= 6; k++)
        {
            var length = Write(buffer, text, tokens, s, k);
            if (length <= 0)
            {
                break;
            }

            var key = buffer[..length];
            if (gaz.RoleLookup.Contains(key) || IsPluralRole(gaz, key))
            {
                best = k - s;
            }

            if (!gaz.RolePrefixLookup.Contains(key) && !gaz.RoleLookup.Contains(key))
            {
                break;
            }
        }

        return best;
    }
}
