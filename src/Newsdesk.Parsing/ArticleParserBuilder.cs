using Newsdesk.Parsing.Pipeline;

namespace Newsdesk.Parsing;

/// <summary>Assembles an <see cref="ArticleParser"/> from readers and an ordered extractor pipeline.</summary>
public sealed class ArticleParserBuilder
{
    private readonly List<IDocumentReader> _readers = [];
    private readonly List<IArticleExtractor> _extractors = [];
    private ParserOptions _options = new();

    /// <summary>Every built-in reader (most specific first) and extractor, in pipeline order.</summary>
    public static ArticleParserBuilder CreateDefault()
    {
        var builder = new ArticleParserBuilder();
        foreach (var reader in DefaultPipeline.Readers())
        {
            builder.AddReader(reader);
        }

        foreach (var extractor in DefaultPipeline.Extractors())
        {
            builder.AddExtractor(extractor);
        }

        return builder;
    }

    /// <summary>Adds a layout reader; earlier readers win when several can read an upload.</summary>
    public ArticleParserBuilder AddReader(IDocumentReader reader)
    {
        _readers.Add(reader);
        return this;
    }

    /// <summary>Appends an extractor to the pipeline.</summary>
    public ArticleParserBuilder AddExtractor(IArticleExtractor extractor)
    {
        _extractors.Add(extractor);
        return this;
    }

    /// <summary>Sets the options.</summary>
    public ArticleParserBuilder WithOptions(ParserOptions options)
    {
        _options = options;
        return this;
    }

    /// <summary>Builds the immutable parser.</summary>
    public ArticleParser Build() => new(_options, [.. _readers], [.. _extractors]);
}
