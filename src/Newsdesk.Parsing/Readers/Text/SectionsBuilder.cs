using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Readers.Text;

/// <summary>
/// Collects body paragraphs under headings into sections. A paragraph that ends without terminal
/// punctuation followed by one starting in lower case is one paragraph broken by a stray blank line:
/// the two are joined.
/// </summary>
internal sealed class SectionsBuilder
{
    private readonly List<ArticleSection> _sections = [];
    private string? _heading;
    private List<string> _paragraphs = [];
    private bool _open;

    /// <summary>True once any paragraph or heading was added.</summary>
    public bool HasContent => _open || _sections.Count > 0;

    /// <summary>Starts a new section under a subheading.</summary>
    public void AddHeading(string heading)
    {
        Flush();
        _heading = heading;
        _open = true;
    }

    /// <summary>Adds a body paragraph, joining it to the previous one when it continues its sentence.</summary>
    public void AddParagraph(string paragraph)
    {
        if (string.IsNullOrWhiteSpace(paragraph))
        {
            return;
        }

        _open = true;
        if (_paragraphs.Count > 0 && !TextTools.EndsSentence(_paragraphs[^1]) && TextTools.StartsLower(paragraph))
        {
            _paragraphs[^1] = _paragraphs[^1] + " " + paragraph;
            return;
        }

        _paragraphs.Add(paragraph);
    }

    /// <summary>The sections so far.</summary>
    public IReadOnlyList<ArticleSection> Build()
    {
        Flush();
        return _sections.ToArray();
    }

    private void Flush()
    {
        if (_open)
        {
            _sections.Add(new ArticleSection(_heading, _paragraphs));
        }

        _heading = null;
        _paragraphs = [];
        _open = false;
    }
}
