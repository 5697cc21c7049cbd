using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Newsdesk.Parsing.Extraction;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Readers.Text;

namespace Newsdesk.Parsing.Readers.Markdown;

/// <summary>Front matter and body links of <see cref="MarkdownWalker"/>.</summary>
internal sealed partial class MarkdownWalker
{
    private void CollectLinks(ContainerInline? inline)
    {
        if (inline is null)
        {
            return;
        }

        foreach (var link in inline.FindDescendants<LinkInline>())
        {
            if (!link.IsImage && UrlNormalizer.Normalize(link.Url) is { } url)
            {
                _scratch.Clear();
                MarkdownText.Append(link, _scratch, skipImages: true);
                _links.Add(new ArticleLink(url, NullIfEmpty(TextTools.Collapse(_scratch.ToString()))));
            }
        }
    }

    private void ReadFrontMatter(YamlFrontMatterBlock block)
    {
        foreach (var (key, values) in FrontMatter.Read(block))
        {
            if (values.Count == 0)
            {
                continue;
            }

            var value = values[0];
            switch (ArticleFields.Of(key))
            {
                case ArticleField.Title: _title ??= value; break;
                case ArticleField.Subtitle: _subtitle = value; break;
                case ArticleField.Summary: _subtitle ??= value; break;
                case ArticleField.Url: _url ??= value; break;
                case ArticleField.CanonicalUrl: _canonical ??= value; break;
                case ArticleField.Author: _bylines.AddRange(values); break;
                case ArticleField.Date: _dates.Insert(0, value); break;
                case ArticleField.Updated: _updates.Add(value); break;
                case ArticleField.Language: _language ??= value; break;
                case ArticleField.Outlet: _outlet ??= value; break;
                case ArticleField.Image: _images.AddRange(values.Select(v => new ArticleImage(v, null, null))); break;
            }
        }
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
