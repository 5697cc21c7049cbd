using System.Globalization;
using System.Text;

namespace Newsdesk.Export.Query;

/// <summary>
/// The slug rule of entity ids and author keys (CONVENTIONS.md): lower-cased, diacritics removed,
/// runs of non-alphanumerics to '-', trimmed of '-'.
/// </summary>
public static class Slug
{
    /// <summary>The slug of <paramref name="text"/>; empty when it has no letter or digit.</summary>
    public static string From(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var dash = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (dash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else
            {
                dash = true;
            }
        }

        return builder.ToString();
    }
}
