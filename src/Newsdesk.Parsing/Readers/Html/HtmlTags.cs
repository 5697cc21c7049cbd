namespace Newsdesk.Parsing.Readers.Html;

/// <summary>Tag classes used by the content scorer and the body collector (AngleSharp upper-cases HTML tag names).</summary>
internal static class HtmlTags
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "CENTER", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION",
        "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE",
        "SECTION", "SUMMARY", "TABLE", "TBODY", "TD", "TFOOT", "TH", "THEAD", "TR", "UL", "CAPTION", "HGROUP",
    };

    /// <summary>Whether the tag starts a new line of text when rendered.</summary>
    public static bool IsBlock(string tag) => Blocks.Contains(tag);

    /// <summary>Whether the tag is a heading h1..h6.</summary>
    public static bool IsHeading(string tag) => tag.Length == 2 && tag[0] == 'H' && tag[1] is >= '1' and <= '6';

    /// <summary>Readability's starting score for a candidate container, by tag.</summary>
    public static int BaseScore(string tag) => tag switch
    {
        "DIV" or "ARTICLE" or "MAIN" => 5,
        "PRE" or "TD" or "BLOCKQUOTE" => 3,
        "ADDRESS" or "OL" or "UL" or "DL" or "DD" or "DT" or "LI" or "FORM" => -3,
        "H1" or "H2" or "H3" or "H4" or "H5" or "H6" or "TH" => -5,
        _ => 0,
    };
}
