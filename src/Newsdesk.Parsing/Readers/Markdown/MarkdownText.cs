using System.Text;
using Markdig.Syntax.Inlines;
using Newsdesk.Parsing.Readers.Text;

namespace Newsdesk.Parsing.Readers.Markdown;

/// <summary>Renders Markdig inlines as plain text (links as their text, emphasis unwrapped, images skipped).</summary>
internal static class MarkdownText
{
    /// <summary>The plain text of an inline container, whitespace collapsed.</summary>
    public static string Of(ContainerInline? container, StringBuilder scratch)
    {
        if (container is null)
        {
            return "";
        }

        scratch.Clear();
        Append(container, scratch, skipImages: true);
        return TextTools.Collapse(scratch.ToString());
    }

    /// <summary>The plain text of the inlines from <paramref name="first"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    public static string Between(Inline? first, Inline? end, StringBuilder scratch)
    {
        scratch.Clear();
        for (var inline = first; inline is not null && inline != end; inline = inline.NextSibling)
        {
            AppendOne(inline, scratch, skipImages: true);
        }

        return TextTools.Collapse(scratch.ToString());
    }

    /// <summary>Appends the text of every child of <paramref name="container"/>.</summary>
    public static void Append(ContainerInline container, StringBuilder builder, bool skipImages)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            AppendOne(inline, builder, skipImages);
        }
    }

    private static void AppendOne(Inline inline, StringBuilder builder, bool skipImages)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case LinkInline { IsImage: true } when skipImages:
                break;
            case ContainerInline container:
                Append(container, builder, skipImages);
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case HtmlInline html when html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase):
                builder.Append(' ');
                break;
        }
    }
}
