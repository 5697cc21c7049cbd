namespace Newsdesk.Parsing.Model;

/// <summary>An image of the article with its caption and credit.</summary>
public sealed record ArticleImage(string? Url, string? Caption, string? Credit);
