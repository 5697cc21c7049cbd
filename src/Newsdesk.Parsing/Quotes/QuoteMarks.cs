namespace Newsdesk.Parsing.Quotes;

/// <summary>Which marks open a quotation and which close it: straight, curly, low-9, guillemets (both directions), corner brackets.</summary>
internal static class QuoteMarks
{
    /// <summary>Whether <paramref name="c"/> can open a double-level quotation here.</summary>
    public static bool OpensDouble(char c, char before, char after) => c switch
    {
        '"' => !char.IsLetterOrDigit(before) && !char.IsWhiteSpace(after) && after != '\0',
        '\u201C' or '\u201E' or '\u00AB' or '\u300C' or '\u2039' => true,
        // Swedish/Finnish ”…” and Danish/German »…«: a closer-looking mark that starts a word opens.
        '\u201D' or '\u00BB' or '\u203A' => !char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after),
        _ => false,
    };

    /// <summary>Whether <paramref name="c"/> closes a quotation opened by <paramref name="open"/>.</summary>
    public static bool Closes(char open, char c) => open switch
    {
        '"' or '\u201C' => c is '"' or '\u201D' or '\u201C',
        '\u201E' => c is '\u201C' or '\u201D' or '"',
        '\u00AB' => c == '\u00BB',
        '\u00BB' => c == '\u00AB',
        '\u2039' => c == '\u203A',
        '\u203A' => c == '\u2039',
        '\u300C' => c == '\u300D',
        '\u201D' => c is '\u201D' or '"',
        '\'' or '\u2018' or '\u201A' => c is '\'' or '\u2019' or '\u2018',
        _ => false,
    };

    /// <summary>
    /// A single quote that opens a top-level quotation (British style): after a space, before a letter; never right after
    /// closing punctuation, where it is an apostrophe ("Alphabet Inc.'s Google").
    /// </summary>
    public static bool OpensSingle(char c, char before, char after) =>
        c is '\'' or '\u2018' or '\u201A' && !char.IsLetterOrDigit(before) && before is not ('.' or ',' or ';' or '!' or '?' or ')' or ']') &&
        char.IsLetterOrDigit(after);

    /// <summary>A single quote that closes (not an apostrophe inside a word).</summary>
    public static bool ClosesSingle(char before, char after) => !char.IsWhiteSpace(before) && !char.IsLetterOrDigit(after);

    /// <summary>Whether the character is a double-level mark (straight, curly, guillemet, corner).</summary>
    public static bool IsDouble(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u300C' or '\u300D';
}
