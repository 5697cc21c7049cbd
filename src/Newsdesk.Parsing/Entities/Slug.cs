using System.Globalization;
using System.Text;

namespace Newsdesk.Parsing.Entities;

/// <summary>Entity id slugs: lower-cased, diacritics removed, runs of non-alphanumerics become one '-'.</summary>
internal static class Slug
{
    /// <summary>"Vladimir Putin" -> "vladimir-putin"; "Côte d'Ivoire" -> "cote-d-ivoire".</summary>
    public static string From(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var dash = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (dash && sb.Length > 0)
                {
                    sb.Append('-');
                }

                sb.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else
            {
                dash = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>The entity id: <c>{type}:{slug}</c>.</summary>
    public static string Id(Model.EntityType type, string name) => type switch
    {
        Model.EntityType.Person => "person:",
        Model.EntityType.Organization => "organization:",
        _ => "place:",
    } + From(name);
}
