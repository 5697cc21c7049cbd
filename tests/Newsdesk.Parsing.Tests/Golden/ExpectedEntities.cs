namespace Newsdesk.Parsing.Tests.Golden;

/// <summary>The entities a careful annotator marks, per type.</summary>
public sealed record ExpectedEntities
{
    public IReadOnlyList<ExpectedEntity> People { get; init; } = [];

    public IReadOnlyList<ExpectedEntity> Organizations { get; init; } = [];

    public IReadOnlyList<ExpectedEntity> Places { get; init; } = [];
}
