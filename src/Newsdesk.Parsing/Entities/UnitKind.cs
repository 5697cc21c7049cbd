namespace Newsdesk.Parsing.Entities;

/// <summary>Where a text unit comes from, which decides how names in it are found.</summary>
internal enum UnitKind : byte
{
    /// <summary>Body paragraph or caption: full span finding and classification.</summary>
    Body,

    /// <summary>Title or heading (title case): only known names and gazetteer phrases.</summary>
    TitleCase,

    /// <summary>Image credit or byline: organizations from the gazetteer only.</summary>
    Credit,

    /// <summary>Author affiliation: the whole text is one organization.</summary>
    Affiliation,

    /// <summary>Dateline: the whole text is one place.</summary>
    Dateline,
}
