namespace Newsdesk.Parsing.Model;

/// <summary>An author and the agency or outlet they wrote for, if the byline says so.</summary>
public sealed record Author(string Name, string? Affiliation = null);
