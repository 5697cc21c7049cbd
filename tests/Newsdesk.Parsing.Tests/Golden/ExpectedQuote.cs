namespace Newsdesk.Parsing.Tests.Golden;

/// <summary>An expected quote: a distinctive substring of its text, its speaker's canonical name (or null) and whether it is a fragment.</summary>
public sealed record ExpectedQuote(string Contains, string? Speaker, bool IsFragment);
