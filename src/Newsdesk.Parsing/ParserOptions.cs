namespace Newsdesk.Parsing;

/// <summary>Limits and switches of the parser.</summary>
public sealed record ParserOptions
{
    /// <summary>Default upload size limit: 10 MB.</summary>
    public const long DefaultMaxBytes = 10L * 1024 * 1024;

    /// <summary>Uploads larger than this are refused before they are read whole.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;
}
