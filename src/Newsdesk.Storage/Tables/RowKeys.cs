using System.Globalization;
using System.Text;

namespace Newsdesk.Storage.Tables;

/// <summary>Row keys of every row kind (docs/table-model.md); segments are escaped by <see cref="KeyEncoder"/>.</summary>
public static class RowKeys
{
    /// <summary>Facet names used in <c>f_{facet}_{value}_{articleId}</c>.</summary>
    public const string OutletFacet = "outlet", AuthorFacet = "author", LanguageFacet = "lang";

    /// <summary>The article row: <c>a_{articleId}</c>.</summary>
    public static string Article(string articleId) => "a_" + Segment(articleId);

    /// <summary>The author row <c>a_{articleId}_author_{nn}</c>.</summary>
    public static string Author(string articleId, int position) => $"{Article(articleId)}_author_{position.ToString("00", CultureInfo.InvariantCulture)}";

    /// <summary>The image row <c>a_{articleId}_image_{nn}</c>.</summary>
    public static string Image(string articleId, int position) => $"{Article(articleId)}_image_{position.ToString("00", CultureInfo.InvariantCulture)}";

    /// <summary>The quote row <c>a_{articleId}_quote_{nnn}</c>.</summary>
    public static string Quote(string articleId, int position) => $"{Article(articleId)}_quote_{position.ToString("000", CultureInfo.InvariantCulture)}";

    /// <summary>Every row of one article that sits under its article row (article, authors, images, quotes).</summary>
    public static KeyRange ArticleRange(string articleId) => KeyRange.Prefix(Article(articleId));

    /// <summary>The mention row <c>m_{entityId}_{articleId}</c> (inverted index by entity).</summary>
    public static string Mention(string entityId, string articleId) => $"{MentionPrefix(entityId)}{Segment(articleId)}";

    /// <summary>The prefix of every mention row of one entity: <c>m_{entityId}_</c>.</summary>
    public static string MentionPrefix(string entityId) => $"m_{Segment(entityId)}_";

    /// <summary>A facet row <c>f_{facet}_{value}_{articleId}</c>; the value is <see cref="Slug"/>ged.</summary>
    public static string Facet(string facet, string value, string articleId) => $"{FacetPrefix(facet, value)}{Segment(articleId)}";

    /// <summary>The prefix of every facet row of one value: <c>f_{facet}_{slug}_</c>.</summary>
    public static string FacetPrefix(string facet, string value) => $"f_{facet}_{Segment(Slug(value))}_";

    /// <summary>The entity row in the Entities table: <c>e_{entityId}</c>.</summary>
    public static string Entity(string entityId) => "e_" + Segment(entityId);

    /// <summary>A name lookup row in the Entities table: <c>n_{slug of name or alias}_{entityId}</c>.</summary>
    public static string EntityName(string nameOrAlias, string entityId) => $"{EntityNamePrefix(nameOrAlias)}{Segment(entityId)}";

    /// <summary>The prefix of the lookup rows of one name: <c>n_{slug}_</c> (<c>person=Putin</c> -> <c>n_putin_</c>).</summary>
    public static string EntityNamePrefix(string nameOrAlias) => $"n_{Segment(Slug(nameOrAlias))}_";

    /// <summary>One escaped key segment within the composite-key budget.</summary>
    public static string Segment(string value) => KeyEncoder.Encode(value, KeyEncoder.MaxSegmentLength);

    /// <summary>
    /// The facet/lookup form of a name: diacritics removed, lower case, runs of anything but letters
    /// and digits become one <c>-</c> ("Cat Barton" -> <c>cat-barton</c>, "São Paulo" -> <c>sao-paulo</c>).
    /// </summary>
    public static string Slug(string value)
    {
        var decomposed = value.Normalize(NormalizationForm.FormKD);
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

        return builder.Length == 0 ? "-" : builder.ToString();
    }
}
