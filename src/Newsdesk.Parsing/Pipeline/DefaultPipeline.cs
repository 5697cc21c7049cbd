using Newsdesk.Parsing.Entities;
using Newsdesk.Parsing.Quotes;
using Newsdesk.Parsing.Readers;

namespace Newsdesk.Parsing.Pipeline;

/// <summary>The built-in readers and the order of the extractor pipeline.</summary>
internal static class DefaultPipeline
{
    /// <summary>Readers, most specific layout first.</summary>
    public static IEnumerable<IDocumentReader> Readers() =>
    [
        new PlainTextReader(),
    ];

    /// <summary>Extractors in the order they must run: metadata first, then entities, then quotes.</summary>
    public static IEnumerable<IArticleExtractor> Extractors() =>
    [
        new EntityExtractor(),
        new QuoteExtractor(),
    ];
}
