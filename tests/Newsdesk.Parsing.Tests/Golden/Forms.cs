using System.Text;

namespace Newsdesk.Parsing.Tests.Golden;

/// <summary>Normalization for comparing surface forms and quote text: typographic quotes to ASCII, whitespace collapsed, NFC.</summary>
public static class Forms
{
    /// <summary>Comparer of entity forms: normalized, case-insensitive.</summary>
    public static StringComparer Comparer { get; } = StringComparer.OrdinalIgnoreCase;

    /// <summary>The normalized form of a string.</summary>
    public static string Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }

        var builder = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value.Normalize(NormalizationForm.FormC).Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>Whether two forms name the same thing once normalized (case-insensitive).</summary>
    public static bool Same(string? a, string? b) => Comparer.Equals(Normalize(a), Normalize(b));

    /// <summary>Readable rendering of an optional string for diffs.</summary>
    public static string Show(string? value) => value is null ? "null" : $"\"{value}\"";

    /// <summary>Like <see cref="Show"/>, cut to a readable length for diff lines.</summary>
    public static string Brief(string? value) =>
        value is { Length: > 160 } ? $"\"{value[..150].ReplaceLineEndings(" ")}...\" ({value.Length} chars)" : Show(value);
}
