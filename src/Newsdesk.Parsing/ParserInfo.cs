namespace Newsdesk.Parsing;

/// <summary>Facts about this parser build.</summary>
public static class ParserInfo
{
    /// <summary>
    /// Bumped whenever parsing or extraction output changes, so that `newsdesk reprocess`
    /// can find rows written by an older parser.
    /// </summary>
    public const string Version = "1.2.0";
}
