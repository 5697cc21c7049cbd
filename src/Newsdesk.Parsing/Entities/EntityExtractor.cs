using Newsdesk.Parsing.Pipeline;

namespace Newsdesk.Parsing.Entities;

/// <summary>
/// Finds the people, organizations and places of an article and resolves them within it
/// (rule-based: gazetteers, cue words, given names, role titles, context). Pure and thread-safe.
/// </summary>
public sealed class EntityExtractor : IArticleExtractor
{
    private readonly ArticleAnalyzer _analyzer = ArticleAnalyzer.Default;

    /// <inheritdoc />
    public ArticleDraft Extract(ArticleDraft draft) => draft with { Entities = _analyzer.Analyze(draft).Entities };
}
