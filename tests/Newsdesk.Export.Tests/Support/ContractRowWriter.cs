using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Newsdesk.Export.Query;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Export.Tests.Support;

/// <summary>
/// Writes articles as rows exactly as docs/table-model.md describes, standing in for the storage
/// helper's writer in these tests (one transaction per article partition chunk of 100).
/// </summary>
public static class ContractRowWriter
{
    public static async Task WriteAsync(TableServiceClient service, string prefix, IEnumerable<NormalizedArticle> articles)
    {
        var table = service.GetTableClient(prefix + "Articles");
        var entitiesTable = service.GetTableClient(prefix + "Entities");
        await table.CreateIfNotExistsAsync();
        await entitiesTable.CreateIfNotExistsAsync();
        var entityRows = new Dictionary<string, TableEntity>();
        foreach (var article in articles)
        {
            var rows = Rows(article).ToList();
            foreach (var chunk in rows.Chunk(100))
            {
                await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)));
            }

            foreach (var entity in article.Entities)
            {
                foreach (var row in EntityRows(entity))
                {
                    entityRows[row.PartitionKey + "|" + row.RowKey] = row;
                }
            }
        }

        foreach (var group in entityRows.Values.GroupBy(r => r.PartitionKey))
        {
            foreach (var chunk in group.Chunk(100))
            {
                await entitiesTable.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)));
            }
        }
    }

    public static string PartitionKey(NormalizedArticle article)
    {
        var shard = Convert.ToInt32(article.Id[..1], 16) % 8;
        var day = article.PublishedAt?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "0000-00-00";
        return $"{day}_{shard}";
    }

    private static IEnumerable<TableEntity> Rows(NormalizedArticle a)
    {
        var pk = PartitionKey(a);
        var json = ArticleJson.Serialize(a);
        var row = new TableEntity(pk, "a_" + a.Id)
        {
            ["ArticleId"] = a.Id, ["Title"] = a.Title, ["Subtitle"] = a.Subtitle, ["Url"] = a.Url, ["CanonicalUrl"] = a.CanonicalUrl,
            ["OutletDomain"] = a.Outlet?.Domain, ["OutletName"] = a.Outlet?.Name, ["PublishedAt"] = a.PublishedAt?.ToString(),
            ["PublishedDate"] = a.PublishedAt is { } p ? new DateTimeOffset(p.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            ["Language"] = a.Language, ["WordCount"] = a.WordCount, ["Authors"] = string.Join("; ", a.Authors.Select(x => x.Name)),
            ["EntityIds"] = JsonSerializer.Serialize(a.Entities.Select(e => e.Id).ToArray()), ["Sources"] = JsonSerializer.Serialize(new[] { a.Source.Name }),
            ["ContentHash"] = a.Source.ContentHash, ["ParserVersion"] = a.Source.ParserVersion,
            ["IngestedAt"] = new DateTimeOffset(2024, 7, 1, 0, 0, 0, TimeSpan.Zero),
        };
        for (var i = 0; i * 32_000 < json.Length; i++)
        {
            row[i == 0 ? "Json" : "Json_" + i] = json.Substring(i * 32_000, Math.Min(32_000, json.Length - (i * 32_000)));
        }

        yield return row;
        for (var i = 0; i < a.Authors.Count; i++)
        {
            yield return Summary(a, new TableEntity(pk, $"a_{a.Id}_author_{i:00}") { ["Name"] = a.Authors[i].Name, ["Affiliation"] = a.Authors[i].Affiliation, ["Position"] = i });
        }

        for (var i = 0; i < a.Images.Count; i++)
        {
            yield return Summary(a, new TableEntity(pk, $"a_{a.Id}_image_{i:00}") { ["ImageUrl"] = a.Images[i].Url, ["Caption"] = a.Images[i].Caption, ["Credit"] = a.Images[i].Credit, ["Position"] = i });
        }

        for (var i = 0; i < a.Quotes.Count; i++)
        {
            var q = a.Quotes[i];
            yield return Summary(a, new TableEntity(pk, $"a_{a.Id}_quote_{i:000}") { ["Text"] = q.Text, ["Speaker"] = q.Speaker, ["SpeakerId"] = q.SpeakerId, ["IsFragment"] = q.IsFragment, ["Position"] = i });
        }

        foreach (var e in a.Entities)
        {
            yield return Summary(a, new TableEntity(pk, $"m_{KeySegment.Encode(e.Id)}_{a.Id}")
            {
                ["EntityId"] = e.Id, ["EntityType"] = e.Type.ToString().ToLowerInvariant(), ["EntityName"] = e.Name, ["Mentions"] = e.Mentions,
                ["Roles"] = JsonSerializer.Serialize(e.Roles), ["CountryCode"] = e.CountryCode,
            });
        }

        if (a.Outlet is { } outlet)
        {
            yield return Summary(a, new TableEntity(pk, $"f_outlet_{KeySegment.Encode(outlet.Domain)}_{a.Id}"));
        }

        foreach (var slug in a.Authors.Select(x => Slug.From(x.Name)).Distinct())
        {
            yield return Summary(a, new TableEntity(pk, $"f_author_{KeySegment.Encode(slug)}_{a.Id}"));
        }

        if (a.Language is { } language)
        {
            yield return Summary(a, new TableEntity(pk, $"f_lang_{KeySegment.Encode(language)}_{a.Id}"));
        }
    }

    private static TableEntity Summary(NormalizedArticle a, TableEntity row)
    {
        row["ArticleId"] = a.Id;
        row["Title"] = a.Title;
        row["Url"] = a.Url;
        row["OutletDomain"] = a.Outlet?.Domain;
        row["PublishedAt"] = a.PublishedAt?.ToString();
        row["Language"] = a.Language;
        return row;
    }

    private static IEnumerable<TableEntity> EntityRows(Entity e)
    {
        var type = e.Type.ToString().ToLowerInvariant();
        var id = KeySegment.Encode(e.Id);
        yield return new TableEntity(type, "e_" + id) { ["Name"] = e.Name, ["Type"] = type, ["CountryCode"] = e.CountryCode, ["Roles"] = JsonSerializer.Serialize(e.Roles) };
        foreach (var alias in e.Aliases)
        {
            yield return new TableEntity(type, $"e_{id}_alias_{KeySegment.Encode(EntityResolver.NormalizeName(alias))}") { ["Alias"] = alias };
        }

        foreach (var name in e.Aliases.Append(e.Name))
        {
            yield return new TableEntity(type, $"n_{KeySegment.Encode(EntityResolver.NormalizeName(name))}_{id}") { ["EntityId"] = e.Id };
        }
    }
}
