using Newsdesk.Parsing.Pipeline;

namespace Newsdesk.Parsing.Input;

/// <summary>Chooses the reader for an upload by its content (the extension only breaks ties).</summary>
public static class ContentSniffer
{
    /// <summary>The first reader that recognises the content, or null.</summary>
    public static IDocumentReader? Choose(DocumentInput input, IReadOnlyList<IDocumentReader> readers) =>
        readers.FirstOrDefault(r => r.CanRead(input));
}
