using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing;

/// <summary>The articles one upload gave, and the errors of the parts that gave none.</summary>
public sealed record ParseResult(IReadOnlyList<NormalizedArticle> Articles, IReadOnlyList<ParseError> Errors)
{
    /// <summary>True when at least one article came out.</summary>
    public bool Succeeded => Articles.Count > 0;

    /// <summary>A result with one error and no article.</summary>
    public static ParseResult Failure(string code, string message) => new([], [new ParseError(code, message)]);
}
