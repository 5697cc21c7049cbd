namespace Newsdesk.Parsing.Pipeline;

/// <summary>One reader output: a draft, or a parse error for that part of the upload.</summary>
public readonly record struct DraftOrError(ArticleDraft? Draft, ParseError? Error)
{
    /// <summary>Wraps a draft.</summary>
    public static implicit operator DraftOrError(ArticleDraft draft) => new(draft, null);

    /// <summary>Wraps an error.</summary>
    public static implicit operator DraftOrError(ParseError error) => new(null, error);
}
