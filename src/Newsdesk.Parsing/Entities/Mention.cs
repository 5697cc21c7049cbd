using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Entities;

/// <summary>One occurrence of a name in a unit, before and after resolution to an entity.</summary>
internal sealed class Mention
{
    /// <summary>Index of the unit in the analysis.</summary>
    public required int Unit { get; init; }

    /// <summary>First token.</summary>
    public required int Start { get; init; }

    /// <summary>Token index just past the name.</summary>
    public required int End { get; init; }

    /// <summary>Person, organization or place (a single word starts as a person candidate).</summary>
    public required EntityType Type { get; set; }

    /// <summary>How it was found.</summary>
    public required MentionKind Kind { get; set; }

    /// <summary>The name as written (possessive and role titles removed).</summary>
    public required string Surface { get; init; }

    /// <summary>The gazetteer's canonical name, if any.</summary>
    public string? Canonical { get; set; }

    /// <summary>ISO country code from the gazetteer.</summary>
    public string? CountryCode { get; set; }

    /// <summary>Role title written before the name ("Russian President").</summary>
    public string? Role { get; init; }

    /// <summary>For single words: evidence that it is a person (title, honorific, person noun).</summary>
    public bool Strong { get; init; }

    /// <summary>Written in the East Asian order (family name first).</summary>
    public bool FamilyNameFirst { get; init; }

    /// <summary>Global order: unit order, then token.</summary>
    public long Position { get; init; }

    /// <summary>The resolved entity's index, or -1 while unresolved or dropped.</summary>
    public int Entity { get; set; } = -1;
}
