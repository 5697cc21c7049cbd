using Newsdesk.Parsing.Entities;
using Newsdesk.Parsing.Gazetteers;
using Newsdesk.Parsing.Pipeline;

namespace Newsdesk.Parsing.Quotes;

/// <summary>
/// Finds direct quotations in the body (every quotation-mark style, quotes running over paragraphs)
/// and attributes each to its speaker entity; one- to three-word scare quotes are kept as fragments.
/// Runs after <see cref="EntityExtractor"/> and reuses its analysis. Pure and thread-safe.
/// </summary>
public sealed class QuoteExtractor : IArticleExtractor
{
    private readonly ArticleAnalyzer _analyzer = ArticleAnalyzer.Default;
    private readonly SpeakerAttributor _attributor = new(Gazetteer.Default);

    /// <inheritdoc />
    public ArticleDraft Extract(ArticleDraft draft)
    {
        var analysis = _analyzer.Analyze(draft);
        var quotes = _attributor.Attribute(analysis, QuoteScanner.Scan(analysis.Units));

        // Quotes are the analysis's last consumer in the pipeline (see DefaultPipeline).
        ArticleAnalyzer.Release(analysis);
        return draft with { Quotes = quotes };
    }
}
