using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Newsdesk.Parsing.Input;
using Newsdesk.Parsing.Pipeline;
using Newsdesk.Parsing.Readers.Json;

namespace Newsdesk.Parsing.Readers;

/// <summary>Newline-delimited JSON: one article object per line; a bad line is an error for that line only.</summary>
public sealed class NdjsonReader : IDocumentReader
{
    /// <inheritdoc />
    public string Format => "ndjson";

    /// <inheritdoc />
    public bool CanRead(DocumentInput input) => ContentSniffer.Detect(input) == DocumentLayout.Ndjson;

    /// <inheritdoc />
    public IEnumerable<DraftOrError> Read(DocumentInput input)
    {
        var text = input.Text.AsMemory();
        var lineNumber = 0;
        var start = 0;
        var produced = 0;
        while (start <= text.Length)
        {
            var newline = text.Span[start..].IndexOf('\n');
            var end = newline < 0 ? text.Length : start + newline;
            lineNumber++;
            var line = Trim(text[start..end]);
            start = end + 1;
            if (line.IsEmpty)
            {
                continue;
            }

            if (produced++ == JsonReader.MaxArticles)
            {
                yield return new ParseError("too-many", $"'{input.Name}' has more than {JsonReader.MaxArticles:N0} lines; the rest were not read: split the file.", lineNumber);
                yield break;
            }

            yield return ReadLine(line, lineNumber, input);
        }
    }

    private DraftOrError ReadLine(ReadOnlyMemory<char> line, int lineNumber, DocumentInput input)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, JsonReader.Options);
        }
        catch (JsonException ex) when (JsonReader.IsTooDeep(ex))
        {
            return new ParseError("too-deep", $"line {lineNumber} of '{input.Name}' nests more than {JsonReader.MaxDepth} levels deep: not an article; remove that line.", lineNumber);
        }
        catch (JsonException ex)
        {
            return new ParseError("malformed-json", $"line {lineNumber} of '{input.Name}' is not valid JSON (at character {ex.BytePositionInLine + 1}): fix or remove that line.", lineNumber);
        }

        using (document)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(line.ToArray())));
            var draft = new ArticleDraft { SourceName = input.Name, Format = Format, ContentHash = hash };
            var result = JsonEnvelope.MapItem(document.RootElement, draft, $"line {lineNumber} of '{input.Name}'");
            return result.Error is { } error ? error with { Line = lineNumber } : result;
        }
    }

    private static ReadOnlyMemory<char> Trim(ReadOnlyMemory<char> line)
    {
        var span = line.Span;
        var from = 0;
        var to = span.Length;
        while (from < to && (char.IsWhiteSpace(span[from]) || span[from] == '\uFEFF'))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(span[to - 1]))
        {
            to--;
        }

        return line[from..to];
    }
}
