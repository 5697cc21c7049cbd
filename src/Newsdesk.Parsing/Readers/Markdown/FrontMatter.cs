using Markdig.Extensions.Yaml;

namespace Newsdesk.Parsing.Readers.Markdown;

/// <summary>
/// The YAML-ish front matter of a Markdown file (<c>key: value</c> lines, <c>- item</c> lists, <c>[a, b]</c>
/// inline lists). Not a YAML parser: nested maps are ignored.
/// </summary>
internal static class FrontMatter
{
    /// <summary>Every key with its values, in order.</summary>
    public static List<KeyValuePair<string, List<string>>> Read(YamlFrontMatterBlock block)
    {
        var result = new List<KeyValuePair<string, List<string>>>();
        List<string>? current = null;
        foreach (var slice in block.Lines.Lines.AsSpan(0, block.Lines.Count))
        {
            var line = slice.Slice.AsSpan();
            var trimmed = line.Trim();
            if (trimmed.IsEmpty || trimmed.SequenceEqual("---") || trimmed.SequenceEqual("...") || trimmed[0] == '#')
            {
                continue;
            }

            if (trimmed.StartsWith("- ") && current is not null)
            {
                AddValue(current, trimmed[2..]);
                continue;
            }

            var colon = trimmed.IndexOf(':');
            if (colon <= 0 || char.IsWhiteSpace(line.IsEmpty ? 'x' : line[0]))
            {
                continue;
            }

            var key = trimmed[..colon].Trim().ToString();
            current = [];
            result.Add(new(key, current));
            var value = trimmed[(colon + 1)..].Trim();
            if (value.Length > 1 && value[0] == '[' && value[^1] == ']')
            {
                foreach (var range in value[1..^1].Split(','))
                {
                    AddValue(current, value[1..^1][range]);
                }
            }
            else
            {
                AddValue(current, value);
            }
        }

        return result;
    }

    private static void AddValue(List<string> values, ReadOnlySpan<char> value)
    {
        value = value.Trim();
        if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0])
        {
            value = value[1..^1];
        }

        if (!value.IsEmpty && value is not "|" and not ">")
        {
            values.Add(value.ToString());
        }
    }
}
