using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Gazetteers;

/// <summary>A known place or organization: its type, canonical name and, for countries, ISO 3166-1 alpha-2 code.</summary>
internal sealed record GazetteerEntry(EntityType Type, string Canonical, string? CountryCode = null);
