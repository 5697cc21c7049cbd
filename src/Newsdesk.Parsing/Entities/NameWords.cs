using Newsdesk.Parsing.Gazetteers;
using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Entities;

/// <summary>Word tests over tokens that the name finder and the quote attributor share.</summary>
internal static class NameWords
{
    /// <summary>Lower-case words that may sit inside a name when a capitalised word follows.</summary>
    public static bool IsConnector(ReadOnlySpan<char> w) => w is "of" or "for" or "and" or "the" or "on" or "&" or "de" or "da" or "di" or "do"
        or "dos" or "das" or "du" or "del" or "della" or "der" or "den" or "des" or "la" or "le" or "van" or "von" or "ter" or "ten"
        or "bin" or "bint" or "ibn" or "al" or "el" or "y" or "zu" or "af" or "es" or "upon";

    /// <summary>French, Spanish, Portuguese and Italian "of" forms after an organization lead ("Banque de France", "Banco del Sur").</summary>
    public static bool IsRomanceConnector(ReadOnlySpan<char> w) => w is "de" or "des" or "du" or "del" or "della" or "di" or "do" or "da" or "dos" or "das";

    /// <summary>Connectors that join organization or place names rather than personal names.</summary>
    public static bool IsOrgConnector(ReadOnlySpan<char> w) => w is "of" or "for" or "and" or "the" or "on" or "&" or "upon";

    /// <summary>Lower-case suffixes of adjectival compounds ("Seoul-based", "U.S.-led").</summary>
    public static bool IsCompoundSuffix(ReadOnlySpan<char> w) => w is "based" or "led" or "backed" or "born" or "owned" or "run"
        or "made" or "controlled" or "occupied" or "annexed" or "held" or "allied" or "aligned" or "funded" or "sponsored"
        or "brokered" or "linked" or "affiliated" or "style" or "era" or "bound" or "friendly" or "registered" or "listed"
        or "headquartered" or "educated" or "trained" or "focused" or "centric" or "wide" or "area" or "level";

    /// <summary>Capitalised ordinals, which start sentences ("Second, ...") but also sit inside names ("Second Circuit").</summary>
    public static bool IsOrdinal(ReadOnlySpan<char> w) => w is "First" or "Second" or "Third" or "Fourth" or "Fifth" or "Sixth" or "Seventh"
        or "Eighth" or "Ninth" or "Tenth" or "Eleventh" or "Twelfth";

    /// <summary>Capitalised number words ("Three Gorges Dam", "Five Star Movement", "Twin Towers").</summary>
    public static bool IsNumberWord(ReadOnlySpan<char> w) => w is "One" or "Two" or "Three" or "Four" or "Five" or "Six" or "Seven" or "Eight"
        or "Nine" or "Ten" or "Eleven" or "Twelve" or "Twin" or "Hundred" or "Thousand";

    /// <summary>Whether the token is a word.</summary>
    public static bool IsWord(in Token t) => t.Kind == TokenKind.Word;

    /// <summary>Whether the token is a capitalised stopword (sentence starters, days, months).</summary>
    public static bool IsStopword(Gazetteer gaz, string text, in Token t) => gaz.Stopwords.Contains(t.Core(text));

    /// <summary>Given name, also the first part of a hyphenated one ("Leif-Eric").</summary>
    public static bool IsGivenName(Gazetteer gaz, string text, in Token t)
    {
        var core = t.Core(text);
        if (gaz.GivenNames.Contains(core))
        {
            return true;
        }

        var dash = core.IndexOf('-');
        if (dash > 0 && gaz.GivenNames.Contains(core[..dash]))
        {
            return true;
        }

        // "Hernán", "Siobhán", "José": the list is written without accents.
        return !core.IsEmpty && !System.Text.Ascii.IsValid(core) && Folded(core) is { } folded && gaz.GivenNames.Contains(folded);
    }

    private static string? Folded(ReadOnlySpan<char> word)
    {
        if (word.Length > 40)
        {
            return null;
        }

        var decomposed = word.ToString().Normalize(System.Text.NormalizationForm.FormD);
        var sb = new System.Text.StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        var folded = sb.ToString();
        var dash = folded.IndexOf('-');
        return dash > 0 ? folded[..dash] : folded;
    }

    /// <summary>A reporting verb token; participle tells "saying" from "said".</summary>
    public static bool IsReportingVerb(Gazetteer gaz, string text, in Token t, out bool participle)
    {
        participle = false;
        return t.Kind == TokenKind.Word && gaz.VerbLookup.TryGetValue(t.Core(text), out participle);
    }

    /// <summary>The single character of a punctuation token, or '\0'.</summary>
    public static char Punct(string text, in Token t) => t.Kind is TokenKind.Punct or TokenKind.QuoteMark ? text[t.Start] : '\0';

    /// <summary>The lower-case word equals one of a few literals.</summary>
    public static bool Is(string text, in Token t, string word) => t.Kind == TokenKind.Word && t.Core(text).Equals(word, StringComparison.OrdinalIgnoreCase);
}
