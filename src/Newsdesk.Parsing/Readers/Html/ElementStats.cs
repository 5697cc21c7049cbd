namespace Newsdesk.Parsing.Readers.Html;

/// <summary>Counts over one element's kept subtree, computed bottom-up in a single pass.</summary>
internal sealed class ElementStats
{
    /// <summary>Characters of text (whitespace collapsed).</summary>
    public int TextLength;

    /// <summary>Characters of text inside links.</summary>
    public int LinkLength;

    /// <summary>Characters of text in the element's own text nodes (not in child elements).</summary>
    public int OwnTextLength;

    /// <summary>Commas in the text.</summary>
    public int Commas;

    /// <summary>Descendant paragraphs.</summary>
    public int Paragraphs;

    /// <summary>Descendant images.</summary>
    public int Images;

    /// <summary>Descendant list items.</summary>
    public int ListItems;

    /// <summary>Descendant embeds (iframes, objects, videos) that survived dropping.</summary>
    public int Embeds;

    /// <summary>Characters of text inside headings.</summary>
    public int HeadingLength;

    /// <summary>Whether a direct child is a block-level element.</summary>
    public bool HasBlockChild;

    /// <summary>Share of the text that is link text.</summary>
    public double LinkDensity => TextLength == 0 ? 0 : (double)LinkLength / TextLength;

    /// <summary>Adds a child's counts to this element's.</summary>
    public void Add(ElementStats child)
    {
        TextLength += child.TextLength;
        LinkLength += child.LinkLength;
        Commas += child.Commas;
        Paragraphs += child.Paragraphs;
        Images += child.Images;
        ListItems += child.ListItems;
        Embeds += child.Embeds;
        HeadingLength += child.HeadingLength;
    }
}
