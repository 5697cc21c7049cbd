using System.Text.Json.Serialization;

namespace Newsdesk.Parsing.Model;

/// <summary>What kind of thing an entity is; serialized as <c>person</c>, <c>organization</c>, <c>place</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EntityType>))]
public enum EntityType
{
    /// <summary>A person.</summary>
    [JsonStringEnumMemberName("person")]
    Person,

    /// <summary>A company, agency, institution, party or other organization.</summary>
    [JsonStringEnumMemberName("organization")]
    Organization,

    /// <summary>A country, region, city or other place.</summary>
    [JsonStringEnumMemberName("place")]
    Place,
}
