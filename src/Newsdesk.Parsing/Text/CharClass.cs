namespace Newsdesk.Parsing.Text;

/// <summary>Character and short-word classes the tokenizer and the quote scanner share.</summary>
internal static class CharClass
{
    /// <summary>Straight, curly, low-9, guillemet and angle quotation marks, and the apostrophes that double as single quotes.</summary>
    public static bool IsQuoteMark(char c) => c is '"' or '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B'
        or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2039' or '\u203A' or '\u300C' or '\u300D';

    /// <summary>Single-quote family (nested quotes and apostrophes).</summary>
    public static bool IsSingleQuote(char c) => c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2039' or '\u203A';

    /// <summary>Apostrophes inside words.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>Hyphens joining word parts.</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>Lower-case particles that may prefix a capitalised name part.</summary>
    public static bool IsNameParticle(ReadOnlySpan<char> p) =>
        p is "al" or "el" or "ad" or "as" or "an" or "ash" or "ar" or "az" or "ez" or "d" or "l" or "o" or "bin" or "ibn" or "abu";

    /// <summary>Words whose following period is part of the word, not a full stop.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> w) => w is "Mr" or "Mrs" or "Ms" or "Mx" or "Dr" or "Prof" or "St" or "Sr" or "Jr"
        or "Gen" or "Lt" or "Col" or "Capt" or "Sgt" or "Adm" or "Maj" or "Cmdr" or "Sen" or "Rep" or "Gov" or "Rev" or "Hon" or "Pres"
        or "Inc" or "Corp" or "Co" or "Ltd" or "Bros" or "No" or "vs" or "Mt" or "Ft" or "Ave" or "Blvd" or "approx" or "etc"
        or "Jan" or "Feb" or "Mar" or "Apr" or "Jun" or "Jul" or "Aug" or "Sep" or "Sept" or "Oct" or "Nov" or "Dec" or "Mme" or "Messrs";
}
