namespace Newsdesk.Export;

/// <summary>The datasets <c>GET /api/export/{dataset}</c> serves.</summary>
public enum ExportDataset
{
    /// <summary>One row per article.</summary>
    Articles,

    /// <summary>One row per author per article.</summary>
    Authors,

    /// <summary>One row per entity per article.</summary>
    Mentions,

    /// <summary>One row per resolved entity (person, organization, place), with its aliases.</summary>
    Entities,

    /// <summary>One row per quotation per article.</summary>
    Quotes,

    /// <summary>One row per image per article.</summary>
    Images,
}
