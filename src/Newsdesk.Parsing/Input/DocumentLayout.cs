namespace Newsdesk.Parsing.Input;

/// <summary>The layouts Newsdesk reads, as recognised from an upload's content.</summary>
public enum DocumentLayout
{
    /// <summary>Plain text (the fallback).</summary>
    Text,

    /// <summary>Markdown.</summary>
    Markdown,

    /// <summary>An HTML page or fragment.</summary>
    Html,

    /// <summary>One JSON article object, or an array of them.</summary>
    Json,

    /// <summary>Newline-delimited JSON: one article object per line.</summary>
    Ndjson,
}
