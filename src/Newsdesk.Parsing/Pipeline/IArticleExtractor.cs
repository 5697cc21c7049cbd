namespace Newsdesk.Parsing.Pipeline;

/// <summary>
/// One small, pure, thread-safe step of the extraction pipeline (byline, date, dateline, entities,
/// quotes...). Returns the draft with its part filled in; never throws on odd input.
/// </summary>
public interface IArticleExtractor
{
    /// <summary>Fills in this extractor's part of the draft.</summary>
    ArticleDraft Extract(ArticleDraft draft);
}
