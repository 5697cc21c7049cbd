using Azure.Data.Tables;

namespace Newsdesk.Storage.Tables;

/// <summary>The article columns denormalized onto every child row, so an export reads one row per result.</summary>
public sealed record ArticleSummary(string Title, string? Url, string? OutletDomain, string? PublishedAt, string? Language)
{
    /// <summary>Writes the summary columns into <paramref name="entity"/>.</summary>
    public void WriteTo(TableEntity entity)
    {
        entity[nameof(Title)] = Title;
        entity[nameof(Url)] = Url;
        entity[nameof(OutletDomain)] = OutletDomain;
        entity[nameof(PublishedAt)] = PublishedAt;
        entity[nameof(Language)] = Language;
    }

    /// <summary>Reads the summary columns of a row.</summary>
    public static ArticleSummary ReadFrom(TableEntity entity) => new(
        entity.GetString(nameof(Title)) ?? "",
        entity.GetString(nameof(Url)),
        entity.GetString(nameof(OutletDomain)),
        entity.GetString(nameof(PublishedAt)),
        entity.GetString(nameof(Language)));
}
