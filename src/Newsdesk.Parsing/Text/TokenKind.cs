namespace Newsdesk.Parsing.Text;

/// <summary>What a token is.</summary>
internal enum TokenKind : byte
{
    /// <summary>A word (letters, digits, inner hyphens and apostrophes, initialism periods).</summary>
    Word,

    /// <summary>A number ("28,000", "1950-53").</summary>
    Number,

    /// <summary>One punctuation character.</summary>
    Punct,

    /// <summary>A quotation mark of any style (also a lone apostrophe).</summary>
    QuoteMark,
}
