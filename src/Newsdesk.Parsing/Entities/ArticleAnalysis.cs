using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Pipeline;

namespace Newsdesk.Parsing.Entities;

/// <summary>What entity extraction learned about one draft: its units, resolved mentions and entities (shared with quote attribution).</summary>
internal sealed class ArticleAnalysis
{
    /// <summary>The draft inputs this analysis was computed from (checked before reuse).</summary>
    public required ArticleDraft Source { get; init; }

    /// <summary>Tokenized units in document order.</summary>
    public required List<TextUnit> Units { get; init; }

    /// <summary>Resolved mentions of each unit, by token order.</summary>
    public required List<Mention>[] MentionsByUnit { get; init; }

    /// <summary>Entity builds by index (a mention's <see cref="Mention.Entity"/>).</summary>
    public required List<EntityBuild> Builds { get; init; }

    /// <summary>Public entities, in order of first mention.</summary>
    public required IReadOnlyList<Entity> Entities { get; init; }

    /// <summary>Public entity ids by build index (null for builds without mentions).</summary>
    public required string?[] Ids { get; init; }

    /// <summary>Whether this analysis was computed from the same inputs as <paramref name="draft"/>.</summary>
    public bool Matches(ArticleDraft draft) =>
        ReferenceEquals(Source.Sections, draft.Sections) && ReferenceEquals(Source.Title, draft.Title) &&
        ReferenceEquals(Source.Subtitle, draft.Subtitle) && ReferenceEquals(Source.Images, draft.Images) &&
        ReferenceEquals(Source.Authors, draft.Authors) && ReferenceEquals(Source.Dateline, draft.Dateline);
}
