using Markdig;
using Newsdesk.Parsing.Input;
using Newsdesk.Parsing.Pipeline;
using Newsdesk.Parsing.Readers.Markdown;

namespace Newsdesk.Parsing.Readers;

/// <summary>
/// Markdown articles (the layout of most uploads): parsed to a Markdig AST, then read block by block:
/// title, byline, date line, captions, subheadings, body, URL trailer.
/// </summary>
public sealed class MarkdownReader : IDocumentReader
{
    // Built once: Markdig pipelines are immutable and thread-safe.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .Build();

    /// <inheritdoc />
    public string Format => "markdown";

    /// <inheritdoc />
    public bool CanRead(DocumentInput input) => ContentSniffer.Detect(input) == DocumentLayout.Markdown;

    /// <inheritdoc />
    public IEnumerable<DraftOrError> Read(DocumentInput input)
    {
        var document = Markdig.Markdown.Parse(input.Text, Pipeline);
        var draft = new MarkdownWalker().Walk(document, new ArticleDraft
        {
            SourceName = input.Name,
            Format = Format,
            ContentHash = input.ContentHash,
        });
        return [draft];
    }
}
