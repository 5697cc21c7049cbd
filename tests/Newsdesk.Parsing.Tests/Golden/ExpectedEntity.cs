namespace Newsdesk.Parsing.Tests.Golden;

/// <summary>An expected entity: its name, the other forms of it the article uses, and a country code for countries.</summary>
public sealed record ExpectedEntity(string Name, IReadOnlyList<string>? Aliases = null, string? CountryCode = null)
{
    /// <summary>The name and every alias.</summary>
    public IEnumerable<string> Forms => Aliases is null ? [Name] : [Name, .. Aliases];
}
