using System.Text;
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
    private readonly StringBuilder _last = new();
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

        // The last paragraph stays in a builder until the next one shows whether it continues it,
        // so that a long run of broken lines is joined in linear time.
        if (_last.Length > 0 && !EndsSentence(_last) && TextTools.StartsLower(paragraph))
        {
            _last.Append(' ').Append(paragraph);
            return;
        }

        TakeLast();
        _last.Append(paragraph);
    }

    /// <summary>True when the body so far is exactly one paragraph with no heading.</summary>
    public bool HasOnlyOneParagraph => _sections.Count == 0 && _heading is null && _paragraphs.Count == 0 && _last.Length > 0;

    /// <summary>Takes back the only paragraph (see <see cref="HasOnlyOneParagraph"/>): it was not body after all.</summary>
    public string TakeOnlyParagraph()
    {
        var paragraph = _last.ToString();
        _last.Clear();
        _open = false;
        return paragraph;
    }

    /// <summary>
    /// Turns a heading that nothing follows back into a paragraph: a short last line ("Source: X")
    /// looked like a subheading only because no full stop closed it.
    /// </summary>
    public void DemoteTrailingHeading()
    {
        if (_open && _heading is not null && _paragraphs.Count == 0 && _last.Length == 0)
        {
            var line = _heading;
            _heading = null;
            if (_sections.Count > 0)
            {
                // Reopen the previous section so the line joins its paragraphs.
                var previous = _sections[^1];
                _sections.RemoveAt(_sections.Count - 1);
                _heading = previous.Heading;
                _paragraphs = [.. previous.Paragraphs];
                _open = true;
            }

            _paragraphs.Add(line);
        }
    }

    /// <summary>The sections so far.</summary>
    public IReadOnlyList<ArticleSection> Build()
    {
        Flush();
        return _sections.ToArray();
    }

    private static bool EndsSentence(StringBuilder text)
    {
        var end = text.Length - 1;
        while (end >= 0 && char.IsWhiteSpace(text[end]))
        {
            end--;
        }

        return end < 0 || TextTools.EndsSentence(text[end].ToString());
    }

    private void TakeLast()
    {
        if (_last.Length > 0)
        {
            _paragraphs.Add(_last.ToString());
            _last.Clear();
        }
    }

    private void Flush()
    {
        TakeLast();
        if (_open)
        {
            _sections.Add(new ArticleSection(_heading, _paragraphs));
        }

        _heading = null;
        _paragraphs = [];
        _open = false;
    }
}
