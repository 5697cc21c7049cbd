namespace Newsdesk.Parsing.Model;

/// <summary>Provenance: the upload's name, its detected layout, the content hash and the parser version.</summary>
public sealed record ArticleSource(string Name, string Format, string ContentHash, string ParserVersion);
