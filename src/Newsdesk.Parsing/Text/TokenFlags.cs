namespace Newsdesk.Parsing.Text;

/// <summary>Cheap facts about a token, computed once by the tokenizer.</summary>
[Flags]
internal enum TokenFlags : byte
{
    /// <summary>Nothing special.</summary>
    None = 0,

    /// <summary>Starts with an upper-case letter (after an "al-"/"d'" particle).</summary>
    Capitalized = 1,

    /// <summary>Two or more letters and none lower-case ("DPRK", "U.S.").</summary>
    AllCaps = 2,

    /// <summary>Ends with 's (the core excludes it).</summary>
    Possessive = 4,

    /// <summary>Contains an inner hyphen.</summary>
    Hyphenated = 8,

    /// <summary>First token of its sentence.</summary>
    SentenceStart = 16,
}
