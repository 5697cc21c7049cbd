namespace Newsdesk.Parsing.Readers.Html;

/// <summary>One line of collected body text: a paragraph or a subheading, with how much of it is link text.</summary>
internal sealed record BodyBlock(string Text, bool IsHeading, int LinkLength)
{
    /// <summary>Share of the text inside links.</summary>
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkLength / Text.Length;
}
