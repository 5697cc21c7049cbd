using AngleSharp.Dom;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>The page's &lt;meta&gt; values by lower-cased name, property, itemprop or http-equiv, in page order.</summary>
internal sealed class MetaTags
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads the given meta elements.</summary>
    public MetaTags(IEnumerable<IElement> metas)
    {
        foreach (var meta in metas)
        {
            var content = HtmlText.Collapse(meta.GetAttribute("content"));
            if (content.Length == 0)
            {
                continue;
            }

            foreach (var attribute in (ReadOnlySpan<string>)["name", "property", "itemprop", "http-equiv"])
            {
                if (meta.GetAttribute(attribute) is { Length: > 0 } key)
                {
                    // Some pages put several space-separated names in one property ("og:title twitter:title").
                    foreach (var name in key.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        if (!_values.TryGetValue(name, out var list))
                        {
                            _values[name] = list = [];
                        }

                        list.Add(content);
                    }
                }
            }
        }
    }

    /// <summary>The first value of the first name that has one.</summary>
    public string? First(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (_values.TryGetValue(name, out var list))
            {
                return list[0];
            }
        }

        return null;
    }

    /// <summary>Every value of the names, in name order then page order.</summary>
    public IEnumerable<string> All(params string[] names) =>
        names.SelectMany(n => _values.TryGetValue(n, out var list) ? list : (IEnumerable<string>)[]);
}
