using System.Collections.Frozen;
using Newsdesk.Parsing.Gazetteers;

namespace Newsdesk.Parsing.Extraction;

/// <summary>
/// Detects the language of a text sample: by script for scripts one language dominates (kana → ja,
/// Hangul → ko, Han → zh, Arabic, Hebrew, Greek, Devanagari, Thai), else by counting the function words
/// of Gazetteers/Data/stopwords.tsv. Returns null when the evidence is thin.
/// </summary>
internal static class StopwordDetector
{
    // At least this many function-word hits before a Latin/Cyrillic language is named.
    private const int MinimumHits = 3;

    private static readonly string[] Languages;
    private static readonly FrozenDictionary<string, ulong> LanguagesByWord;

    static StopwordDetector()
    {
        var languages = new List<string>();
        var byWord = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach (var row in EmbeddedTable.Rows("stopwords.tsv"))
        {
            if (row.Length < 2 || languages.Count == 64)
            {
                continue;
            }

            var bit = 1UL << languages.Count;
            languages.Add(row[0]);
            foreach (var word in row[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                byWord[word] = byWord.GetValueOrDefault(word) | bit;
            }
        }

        Languages = [.. languages];
        LanguagesByWord = byWord.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>ISO 639-1 code of the sample's language, or null.</summary>
    public static string? Detect(string sample)
    {
        if (ScriptLanguage(sample) is { } byScript)
        {
            return byScript;
        }

        var hits = Count(sample);
        var best = Best(hits);
        return best < 0 ? null : Languages[best];
    }

    /// <summary>
    /// The language the sample's function words clearly show when it is not <paramref name="declared"/>, else null:
    /// pages keep a site-wide <c>lang="en"</c> on articles in German. Clear means at least
    /// <see cref="OverruleHits"/> hits and three times the declared language's.
    /// </summary>
    public static string? Overrule(string sample, string declared)
    {
        if (ScriptLanguage(sample) is not null)
        {
            return null;
        }

        var hits = Count(sample);
        var best = Best(hits);
        if (best < 0 || Languages[best] == declared || hits[best] < OverruleHits)
        {
            return null;
        }

        var declaredIndex = Array.IndexOf(Languages, declared);
        var declaredHits = declaredIndex < 0 ? 0 : hits[declaredIndex];
        return hits[best] >= 3 * declaredHits ? Languages[best] : null;
    }

    // A declared language gives way only to plenty of evidence (a few paragraphs' worth of function words).
    private const int OverruleHits = 20;

    private static int Best(int[] hits)
    {
        var best = -1;
        for (var l = 0; l < Languages.Length; l++)
        {
            if (hits[l] >= MinimumHits && (best < 0 || hits[l] > hits[best]))
            {
                best = l;
            }
        }

        return best;
    }

    private static int[] Count(string sample)
    {
        var hits = new int[Languages.Length];
        Span<char> lower = stackalloc char[32];
        var lookup = LanguagesByWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = sample.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && !char.IsLetter(span[i]))
            {
                i++;
            }

            var start = i;
            while (i < span.Length && (char.IsLetter(span[i]) || span[i] == '\''))
            {
                i++;
            }

            var word = span[start..i];
            if (word.IsEmpty || word.Length > lower.Length)
            {
                continue;
            }

            var length = word.ToLowerInvariant(lower);
            if (lookup.TryGetValue(lower[..length], out var mask))
            {
                while (mask != 0)
                {
                    var l = System.Numerics.BitOperations.TrailingZeroCount(mask);
                    hits[l]++;
                    mask &= mask - 1;
                }
            }
        }

        return hits;
    }

    private static string? ScriptLanguage(string sample)
    {
        int kana = 0, hangul = 0, han = 0, arabic = 0, hebrew = 0, greek = 0, devanagari = 0, thai = 0, letters = 0;
        foreach (var c in sample)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            switch (c)
            {
                case >= '\u3040' and <= '\u30FF': kana++; break;
                case >= '\uAC00' and <= '\uD7AF': hangul++; break;
                case >= '\u4E00' and <= '\u9FFF': han++; break;
                case >= '\u0600' and <= '\u06FF': arabic++; break;
                case >= '\u0590' and <= '\u05FF': hebrew++; break;
                case >= '\u0370' and <= '\u03FF': greek++; break;
                case >= '\u0900' and <= '\u097F': devanagari++; break;
                case >= '\u0E00' and <= '\u0E7F': thai++; break;
            }
        }

        if (letters == 0)
        {
            return null;
        }

        // A script counts when it makes up a large share of the letters (quoted foreign names do not).
        var threshold = letters * 0.3;
        return kana > letters * 0.05 && kana + han > threshold ? "ja"
            : hangul > threshold ? "ko"
            : han > threshold ? "zh"
            : arabic > threshold ? "ar"
            : hebrew > threshold ? "he"
            : greek > threshold ? "el"
            : devanagari > threshold ? "hi"
            : thai > threshold ? "th"
            : null;
    }
}
