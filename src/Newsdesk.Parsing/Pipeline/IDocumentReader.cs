namespace Newsdesk.Parsing.Pipeline;

/// <summary>Turns one upload of a given layout into drafts (NDJSON gives one per line).</summary>
public interface IDocumentReader
{
    /// <summary>The layout name written to <c>source.format</c>.</summary>
    string Format { get; }

    /// <summary>Whether the decoded content looks like this layout (by content, not by extension alone).</summary>
    bool CanRead(DocumentInput input);

    /// <summary>Reads the upload; each item is a draft or the reason one part could not be read.</summary>
    IEnumerable<DraftOrError> Read(DocumentInput input);
}
