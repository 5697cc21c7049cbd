using System.Security.Cryptography;
using Newsdesk.Parsing.Input;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Pipeline;

namespace Newsdesk.Parsing;

/// <summary>
/// The immutable, thread-safe parser: decode, recognise the layout, read drafts, run the extractor
/// pipeline, assemble normalized articles. Built once and reused for every upload.
/// </summary>
public sealed class ArticleParser
{
    private readonly IReadOnlyList<IDocumentReader> _readers;
    private readonly IReadOnlyList<IArticleExtractor> _extractors;

    internal ArticleParser(ParserOptions options, IReadOnlyList<IDocumentReader> readers, IReadOnlyList<IArticleExtractor> extractors)
    {
        Options = options;
        _readers = readers;
        _extractors = extractors;
    }

    /// <summary>The parser with every built-in reader and extractor and default options.</summary>
    public static ArticleParser Default { get; } = ArticleParserBuilder.CreateDefault().Build();

    /// <summary>The limits in force.</summary>
    public ParserOptions Options { get; }

    /// <summary>Parses one upload. Never throws for bad content: failures come back as <see cref="ParseError"/>s.</summary>
    public ParseResult Parse(ReadOnlyMemory<byte> content, string sourceName)
    {
        if (content.Length == 0)
        {
            return ParseResult.Failure("empty", $"'{sourceName}' is empty: upload a file with an article in it.");
        }

        if (content.Length > Options.MaxBytes)
        {
            return ParseResult.Failure("too-large", $"'{sourceName}' is {content.Length:N0} bytes, over the {Options.MaxBytes:N0}-byte limit.");
        }

        var decoded = TextDecoder.Decode(content.Span);
        if (decoded.Error is { } decodeError)
        {
            return ParseResult.Failure(decodeError.Code, $"'{sourceName}': {decodeError.Message}");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(content.Span));
        var input = new DocumentInput(sourceName, content, decoded.Text!, decoded.EncodingName, hash);
        var reader = ContentSniffer.Choose(input, _readers);
        if (reader is null)
        {
            return ParseResult.Failure("unrecognised", $"'{sourceName}' is not a layout Newsdesk reads (Markdown, HTML, JSON, NDJSON or plain text).");
        }

        var articles = new List<NormalizedArticle>();
        var errors = new List<ParseError>();
        try
        {
            foreach (var item in reader.Read(input))
            {
                if (item.Error is { } error)
                {
                    errors.Add(error);
                    continue;
                }

                var draft = item.Draft!;
                foreach (var extractor in _extractors)
                {
                    draft = extractor.Extract(draft);
                }

                var article = ArticleAssembler.Assemble(draft);
                if (article is null)
                {
                    errors.Add(new ParseError("no-article", $"'{sourceName}' ({reader.Format}) has no article text or title."));
                }
                else
                {
                    articles.Add(article);
                }
            }
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            // Hostile input must never stop the pipeline: any reader or extractor bug on one upload
            // becomes that upload's parse error (logged with the blob), never a crashed host.
            errors.Add(new ParseError("internal", $"'{sourceName}' could not be parsed ({reader.Format}): {ex.GetType().Name}: {ex.Message}"));
        }

        return new ParseResult(articles, errors);
    }
}
