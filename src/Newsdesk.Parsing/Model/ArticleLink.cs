namespace Newsdesk.Parsing.Model;

/// <summary>A hyperlink in the body: its target and anchor text.</summary>
public sealed record ArticleLink(string Url, string? Text);
