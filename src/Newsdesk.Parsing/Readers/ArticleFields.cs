using System.Collections.Frozen;

namespace Newsdesk.Parsing.Readers;

/// <summary>Maps the field names of JSON feeds, scrapers and front matter to <see cref="ArticleField"/>s.</summary>
internal static class ArticleFields
{
    // Keys are compared lower-case without '_', '-' or spaces: "published_at" == "publishedAt".
    private static readonly FrozenDictionary<string, ArticleField> ByKey = new Dictionary<string, ArticleField>
    {
        ["title"] = ArticleField.Title, ["headline"] = ArticleField.Title, ["name"] = ArticleField.Title, ["heading"] = ArticleField.Title,
        ["subtitle"] = ArticleField.Subtitle, ["dek"] = ArticleField.Subtitle, ["standfirst"] = ArticleField.Subtitle,
        ["subheadline"] = ArticleField.Subtitle, ["subhead"] = ArticleField.Subtitle, ["alternativeheadline"] = ArticleField.Subtitle, ["deck"] = ArticleField.Subtitle,
        ["description"] = ArticleField.Summary, ["summary"] = ArticleField.Summary, ["excerpt"] = ArticleField.Summary, ["abstract"] = ArticleField.Summary, ["lede"] = ArticleField.Summary,
        ["url"] = ArticleField.Url, ["link"] = ArticleField.Url, ["permalink"] = ArticleField.Url, ["href"] = ArticleField.Url,
        ["weburl"] = ArticleField.Url, ["articleurl"] = ArticleField.Url, ["sourceurl"] = ArticleField.Url, ["originalurl"] = ArticleField.Url,
        ["canonicalurl"] = ArticleField.CanonicalUrl, ["canonical"] = ArticleField.CanonicalUrl, ["canonicallink"] = ArticleField.CanonicalUrl, ["mainentityofpage"] = ArticleField.CanonicalUrl,
        ["author"] = ArticleField.Author, ["authors"] = ArticleField.Author, ["byline"] = ArticleField.Author, ["bylines"] = ArticleField.Author,
        ["creator"] = ArticleField.Author, ["creators"] = ArticleField.Author, ["writer"] = ArticleField.Author, ["writers"] = ArticleField.Author, ["by"] = ArticleField.Author,
        ["date"] = ArticleField.Date, ["datepublished"] = ArticleField.Date, ["published"] = ArticleField.Date, ["publishedat"] = ArticleField.Date,
        ["publisheddate"] = ArticleField.Date, ["publishdate"] = ArticleField.Date, ["publicationdate"] = ArticleField.Date, ["pubdate"] = ArticleField.Date,
        ["createdat"] = ArticleField.Date, ["created"] = ArticleField.Date, ["datecreated"] = ArticleField.Date, ["firstpublished"] = ArticleField.Date,
        ["publishedon"] = ArticleField.Date, ["timestamp"] = ArticleField.Date, ["publishedtime"] = ArticleField.Date, ["time"] = ArticleField.Date,
        ["updated"] = ArticleField.Updated, ["updatedat"] = ArticleField.Updated, ["datemodified"] = ArticleField.Updated, ["modified"] = ArticleField.Updated, ["lastmodified"] = ArticleField.Updated,
        ["text"] = ArticleField.Text, ["body"] = ArticleField.Text, ["content"] = ArticleField.Text, ["articlebody"] = ArticleField.Text,
        ["fulltext"] = ArticleField.Text, ["bodytext"] = ArticleField.Text, ["maintext"] = ArticleField.Text, ["paragraphs"] = ArticleField.Text, ["html"] = ArticleField.Text,
        ["sections"] = ArticleField.Sections,
        ["image"] = ArticleField.Image, ["images"] = ArticleField.Image, ["topimage"] = ArticleField.Image, ["leadimage"] = ArticleField.Image,
        ["thumbnail"] = ArticleField.Image, ["featuredimage"] = ArticleField.Image, ["mainimage"] = ArticleField.Image, ["photo"] = ArticleField.Image, ["photos"] = ArticleField.Image, ["cover"] = ArticleField.Image,
        ["language"] = ArticleField.Language, ["lang"] = ArticleField.Language, ["inlanguage"] = ArticleField.Language, ["locale"] = ArticleField.Language,
        ["source"] = ArticleField.Outlet, ["outlet"] = ArticleField.Outlet, ["sitename"] = ArticleField.Outlet, ["publisher"] = ArticleField.Outlet,
        ["publication"] = ArticleField.Outlet, ["site"] = ArticleField.Outlet, ["sourcename"] = ArticleField.Outlet, ["newspaper"] = ArticleField.Outlet, ["provider"] = ArticleField.Outlet,

        // News-API, CMS and search-index spellings (Guardian-style webTitle, WordPress date_gmt, NewsAPI urlToImage, body_html).
        ["webtitle"] = ArticleField.Title, ["articletitle"] = ArticleField.Title, ["storytitle"] = ArticleField.Title, ["posttitle"] = ArticleField.Title,
        ["trailtext"] = ArticleField.Summary, ["teaser"] = ArticleField.Summary, ["intro"] = ArticleField.Summary, ["snippet"] = ArticleField.Summary,
        ["leadparagraph"] = ArticleField.Summary, ["blurb"] = ArticleField.Summary,
        ["shareurl"] = ArticleField.Url, ["storyurl"] = ArticleField.Url, ["posturl"] = ArticleField.Url, ["pageurl"] = ArticleField.Url,
        ["authorname"] = ArticleField.Author, ["authornames"] = ArticleField.Author, ["contributors"] = ArticleField.Author, ["contributor"] = ArticleField.Author,
        ["reporter"] = ArticleField.Author, ["reporters"] = ArticleField.Author, ["bylinetext"] = ArticleField.Author,
        ["webpublicationdate"] = ArticleField.Date, ["dategmt"] = ArticleField.Date, ["publisheddatetime"] = ArticleField.Date, ["pubdatetime"] = ArticleField.Date,
        ["publishdatetime"] = ArticleField.Date, ["publicationtime"] = ArticleField.Date, ["firstpublishedat"] = ArticleField.Date, ["firstpublisheddate"] = ArticleField.Date,
        ["datetime"] = ArticleField.Date, ["isodate"] = ArticleField.Date, ["publishtime"] = ArticleField.Date, ["postedat"] = ArticleField.Date, ["posted"] = ArticleField.Date,
        ["releasedate"] = ArticleField.Date, ["publishedtimestamp"] = ArticleField.Date,
        ["updatedate"] = ArticleField.Updated, ["lastupdated"] = ArticleField.Updated, ["updatedtime"] = ArticleField.Updated, ["modifiedat"] = ArticleField.Updated,
        ["modifieddate"] = ArticleField.Updated, ["modifiedgmt"] = ArticleField.Updated, ["lastmodifieddate"] = ArticleField.Updated, ["updatedon"] = ArticleField.Updated,
        ["bodyhtml"] = ArticleField.Text, ["contenthtml"] = ArticleField.Text, ["contentencoded"] = ArticleField.Text, ["articlehtml"] = ArticleField.Text,
        ["articletext"] = ArticleField.Text, ["contenttext"] = ArticleField.Text, ["dccreator"] = ArticleField.Author, ["storytext"] = ArticleField.Text, ["blocks"] = ArticleField.Text, ["bodyblocks"] = ArticleField.Text,
        ["urltoimage"] = ArticleField.Image, ["imageurl"] = ArticleField.Image, ["imageurls"] = ArticleField.Image, ["media"] = ArticleField.Image,
        ["multimedia"] = ArticleField.Image, ["heroimage"] = ArticleField.Image, ["featureimage"] = ArticleField.Image, ["leadimageurl"] = ArticleField.Image,
        ["thumbnailurl"] = ArticleField.Image, ["socialimage"] = ArticleField.Image,
        ["languagecode"] = ArticleField.Language, ["langcode"] = ArticleField.Language, ["contentlanguage"] = ArticleField.Language,
        ["publishername"] = ArticleField.Outlet, ["outletname"] = ArticleField.Outlet, ["sitetitle"] = ArticleField.Outlet, ["brand"] = ArticleField.Outlet,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The field a key names, or <see cref="ArticleField.None"/>.</summary>
    public static ArticleField Of(ReadOnlySpan<char> key)
    {
        Span<char> buffer = stackalloc char[32];
        var length = 0;
        foreach (var c in key)
        {
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            if (length == buffer.Length)
            {
                return ArticleField.None;
            }

            buffer[length++] = char.ToLowerInvariant(c);
        }

        return ByKey.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(buffer[..length], out var field) ? field : ArticleField.None;
    }
}
