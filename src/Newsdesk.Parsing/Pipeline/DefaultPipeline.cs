using Newsdesk.Parsing.Entities;
using Newsdesk.Parsing.Quotes;
using Newsdesk.Parsing.Readers;

namespace Newsdesk.Parsing.Pipeline;

/// <summary>The built-in readers and the order of the extractor pipeline.</summary>
internal static class DefaultPipeline
{
    /// <summary>
    /// Readers, most specific layout first. <see cref="Input.ContentSniffer.Choose"/> picks the reader
    /// whose Format is the detected layout; the order only matters as the fallback.
    /// </summary>
    public static IEnumerable<IDocumentReader> Readers() =>
    [
        new HtmlReader(),
        new NdjsonReader(),
        new JsonReader(),
        new MarkdownReader(),
        new PlainTextReader(),
    ];

    /// <summary>Extractors in the order they must run: metadata first, then entities, then quotes.</summary>
    public static IEnumerable<IArticleExtractor> Extractors() =>
    [
        // Metadata (helper `parse-text`): URL and body trailers first, then people and dates, then outlet-dependent cleanup.
        new Extraction.UrlExtractor(),
        new Extraction.BylineExtractor(),
        new Extraction.DatelineExtractor(),
        new Extraction.WireTrailerExtractor(),
        new Extraction.DateExtractor(),
        new Extraction.OutletExtractor(),
        new Extraction.TitleCleaner(),
        new Extraction.LanguageExtractor(),

        // Entities, then quotes (helper `entities`).
        new EntityExtractor(),
        new QuoteExtractor(),
    ];
}
