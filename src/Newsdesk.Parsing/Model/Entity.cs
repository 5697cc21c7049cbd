namespace Newsdesk.Parsing.Model;

/// <summary>A person, organization or place mentioned in an article, with every surface form that names it.</summary>
/// <param name="Id">Stable across articles: <c>person:vladimir-putin</c>, <c>place:russia</c>.</param>
/// <param name="Type">Person, organization or place.</param>
/// <param name="Name">Canonical (longest, fullest) name.</param>
/// <param name="Aliases">Other surface forms found in the article ("Putin", "DPRK").</param>
/// <param name="Mentions">How many times the entity is mentioned.</param>
/// <param name="Roles">Role titles attached to a person ("Russian President").</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code for countries.</param>
public sealed record Entity(
    string Id,
    EntityType Type,
    string Name,
    IReadOnlyList<string> Aliases,
    int Mentions,
    IReadOnlyList<string> Roles,
    string? CountryCode = null);
