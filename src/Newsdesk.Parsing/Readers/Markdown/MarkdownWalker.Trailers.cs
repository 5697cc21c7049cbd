using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Newsdesk.Parsing.Extraction;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Readers.Text;

namespace Newsdesk.Parsing.Readers.Markdown;

/// <summary>URL trailer rules of <see cref="MarkdownWalker"/>: "Original url:", "Source:", "Canonical:".</summary>
internal sealed partial class MarkdownWalker
{
    private bool TryTrailer(ContainerInline inline, string text)
    {
        // "Original article: [headline](https://...)": the label names a link.
        if (!_trailerPending && HeaderLines.IsTrailerLabel(text, out var labelCanonical) && FirstLinkUrl(inline) is { } linked)
        {
            SetUrl(linked, labelCanonical);
            return true;
        }

        if (_trailerPending)
        {
            _trailerPending = false;
            if (HeaderLines.BareUrl(text) is { } next)
            {
                SetUrl(next, _trailerCanonical);
                return true;
            }
        }

        if (!HeaderLines.IsTrailer(text, out var url, out var canonical))
        {
            return false;
        }

        if (url is null)
        {
            _trailerPending = true;
            _trailerCanonical = canonical;
        }
        else
        {
            SetUrl(url, canonical);
        }

        return true;
    }

    private static string? FirstLinkUrl(ContainerInline inline)
    {
        foreach (var child in inline.FindDescendants<Inline>())
        {
            switch (child)
            {
                case LinkInline { IsImage: false } link when UrlNormalizer.Normalize(link.Url) is not null:
                    return link.Url;
                case AutolinkInline { IsEmail: false } autolink:
                    return autolink.Url;
            }
        }

        return null;
    }

    private void SetUrl(string url, bool canonical)
    {
        if (canonical)
        {
            _canonical ??= url;
        }
        else
        {
            _url ??= url;
        }
    }
}
