namespace Newsdesk.Parsing.Readers;

/// <summary>The article fields that structured layouts (JSON, front matter) name in many ways.</summary>
internal enum ArticleField
{
    /// <summary>Not an article field.</summary>
    None,

    /// <summary>Headline.</summary>
    Title,

    /// <summary>Deck or standfirst only.</summary>
    Subtitle,

    /// <summary>Description or summary: the body when there is no other, else the subtitle.</summary>
    Summary,

    /// <summary>Article URL.</summary>
    Url,

    /// <summary>Declared canonical URL.</summary>
    CanonicalUrl,

    /// <summary>Author(s) or byline.</summary>
    Author,

    /// <summary>Publication date.</summary>
    Date,

    /// <summary>Modification date (used only when no publication date is given).</summary>
    Updated,

    /// <summary>Body text.</summary>
    Text,

    /// <summary>Structured body: [{heading, paragraphs}] (Newsdesk's own article shape).</summary>
    Sections,

    /// <summary>Image(s).</summary>
    Image,

    /// <summary>Language.</summary>
    Language,

    /// <summary>Outlet or publisher name.</summary>
    Outlet,
}
