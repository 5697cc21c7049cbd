namespace Newsdesk.Parsing.Model;

/// <summary>A run of body paragraphs under an optional subheading.</summary>
public sealed record ArticleSection(string? Heading, IReadOnlyList<string> Paragraphs);
