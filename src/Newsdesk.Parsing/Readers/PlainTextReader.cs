using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Pipeline;

namespace Newsdesk.Parsing.Readers;

/// <summary>Plain text: first non-empty line is the title, blank-line-separated blocks are paragraphs.</summary>
public sealed class PlainTextReader : IDocumentReader
{
    /// <inheritdoc />
    public string Format => "text";

    /// <inheritdoc />
    public bool CanRead(DocumentInput input) => true;

    /// <inheritdoc />
    public IEnumerable<DraftOrError> Read(DocumentInput input)
    {
        var blocks = input.Text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (blocks.Length == 0)
        {
            yield return new ParseError("no-article", $"'{input.Name}' has no text.");
            yield break;
        }

        yield return new ArticleDraft
        {
            SourceName = input.Name,
            Format = Format,
            ContentHash = input.ContentHash,
            Title = blocks[0],
            Sections = [new ArticleSection(null, blocks[1..])],
        };
    }
}
