using System.Text.RegularExpressions;
using Newsdesk.Parsing.Extraction;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>The line rules of <see cref="BodyFilter"/>: date lines, closing lines, labelled links, press-release boilerplate.</summary>
internal static partial class BodyFilter
{
    /// <summary>The date line of an unmarked template sits among the first lines, above the story.</summary>
    private const int LeadingLines = 3;

    /// <summary>"Read more: <a>…</a>", "ALSO READ: <a>…</a>", "Lesen Sie auch: <a>…</a>": a labelled link to another story.</summary>
    internal static bool IsReadAlsoLine(BodyBlock block) =>
        !block.IsHeading && block.LinkLength > 0 && block.Text.Length <= 250 && ReadAlsoLabel().IsMatch(block.Text);

    /// <summary>
    /// A company's self-description opening the last paragraphs ("Acme is a global solutions provider ...") that a
    /// boilerplate fact closes ("headquartered in", "employs", "listed on"): not the story.
    /// </summary>
    private static bool IsCompanyBoilerplate(List<BodyBlock> kept, int start)
    {
        if (kept[start].IsHeading || kept[start].Text.Length > 1200 || !CompanyIntro().IsMatch(kept[start].Text))
        {
            return false;
        }

        for (var i = start; i < kept.Count; i++)
        {
            if (kept[i].Text.Length <= 1200 && CompanyFacts().IsMatch(kept[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Closing lines of furniture looked at, from the end up.</summary>
    private const int MaxTrailerLines = 4;

    /// <summary>
    /// "Posted: Thursday 4 December 2025, 14:22 | by Jane Doe", "05/10/2018 - Publicado por: Ana - Categoria: Saúde": a short
    /// dated line with a posting label and no sentence end ("Published on May 4, the report found ..." is a sentence).
    /// </summary>
    internal static bool IsPostedLine(BodyBlock block) =>
        !block.IsHeading && block.Text.Length <= 160 && !SentenceEnd().IsMatch(block.Text) && PostedLabel().IsMatch(block.Text)
        && (NumericDate().IsMatch(block.Text) || DateTextParser.Find(block.Text) is not null);

    /// <summary>"Copyright 2025 KVXT. All rights reserved.", "© 2019 Associated Press. All Rights Reserved. ...".</summary>
    private static bool IsCopyrightLine(BodyBlock block) => !block.IsHeading && block.Text.Length <= 300 && CopyrightLine().IsMatch(block.Text);

    [GeneratedRegex(@"^(?:copyright|©|\(c\))\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightLine();

    /// <summary>A short closing line that sends the reader elsewhere or credits the desk.</summary>
    internal static bool IsTrailerLine(BodyBlock block) => !block.IsHeading && block.Text.Length <= 300 && TrailerLine().IsMatch(block.Text);

    private static bool HasWord(string text) => text.Any(char.IsLetterOrDigit);

    private static bool IsLinkLine(BodyBlock block) => !block.IsHeading && block.LinkDensity > 0.5;

    [GeneratedRegex(@"^\W*(?:read more|read also|also read|related|see also|more on this|recommended|watch|listen|lee también|lea también|leer más|lesen sie (?:auch|mehr)|mehr zum thema|à lire aussi|lire aussi|leia também|leggi anche)\s*[:|»›-]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadAlsoLabel();

    [GeneratedRegex(@"^\p{Lu}[\p{L}\p{N}&.,'’ -]{1,60}? (?:is|are) (?:a|an|the|one of the) (?:[\p{L}-]+ ){0,6}?(?:provider|company|manufacturer|developer|supplier|firm|group|leader|maker|organi[sz]ation|operator|producer)s?\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex CompanyIntro();

    [GeneratedRegex(@"\b(?:headquartered in|headquarters (?:is|are) in|employs (?:around|about|more than|over|some|approximately )?[\d,.]+|listed on the|for more information,? (?:visit|please visit|see))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompanyFacts();

    // "About Brightfield Energy", "About the Associated Press": a company's boilerplate heading (not "About the study").
    [GeneratedRegex(@"^About (?:the )?\p{Lu}[\p{L}\p{N}&.,'’ -]{1,60}$", RegexOptions.CultureInvariant)]
    private static partial Regex AboutHeading();

    // Posting labels in the languages of the dev pages and their neighbours; a colon or "by" follows, or the line starts with one.
    [GeneratedRegex(@"^(?:posted|published|first published|updated|last updated|last modified|date)\b|\b(?:posted|published|publicado|publicada|publié|pubblicato|veröffentlicht|atualizado|actualizado)(?:\s+(?:by|on|por|em|el|par|le|da|il|am|von))?\s*:|(?:기사입력|입력|수정|등록|公開日|更新日|投稿日|发布时间|發佈時間|发布日期|更新时间)\s*[:：]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PostedLabel();

    // "05/10/2018", "2018-10-05", "5.10.2018": the parser leaves day-month order open, a posted line needs no more.
    [GeneratedRegex(@"\b(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"[.!?][""”’)]?$", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(?:follow (?:us|him|her|them|@\w+)\b|like us on\b|e-?mail \p{L}[\p{L}.' -]{1,40} at \S+@\S+|join (?:our|the) .{0,60}\b(?:forums?|community|conversation|discussion)\b|(?:sign up|subscribe) (?:to|for) .{0,120}\b(?:newsletters?|inbox)\b|(?:filed under|tagged|tags|topics|categories|category)\s*:.{0,160}$|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3} is (?:an? |the )[^.]{0,80}\b(?:writer|reporter|journalist|correspondent|editor|columnist|photographer|contributor)\b.{0,200}$|(?:il vous reste \d+ ?% de cet article|la suite est réservée aux abonnés|subscribe (?:now )?to (?:continue|keep) reading|already a subscriber|this (?:article|story|content) is (?:only available|exclusive|reserved) (?:to|for) (?:subscribers|members)).{0,200}$|(?:media|press) contacts?\s*:.{0,300}$|click here to (?:download|get|subscribe|sign up|read more|follow)\b.{0,200}$|download (?:the|our) .{0,60}\bapp\b.{0,120}$|(?-i:SOURCE \p{Lu}).{0,100}$|\(?this (?:story|article|report|copy) (?:has not been edited|was auto-?generated|is auto-?generated|is published from|has been published from)\b.{0,200}$)|^.{0,160}\b(?:contributed|contributing)(?: reporting)? to this (?:report|story|article)\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailerLine();

    [GeneratedRegex(@"^(?:\d+\s+)?(?:comments?|related(?:\s+\w+)?|more|more from .{1,40}|you (?:may|might) also like|recommended(?: for you)?|most (?:read|popular)|share(?: this)?(?: \w+)?|follow us.*|.{0,40}\b(?:subscribe|newsletter)\b.{0,40})\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FurnitureHeading();

    [GeneratedRegex(@"^(?:advertisement|advertising|ad|sponsored|story continues below(?: advertisement)?|continue reading(?: below)?|scroll to continue(?: with content)?|read more|comments?|share this(?: article| story)?|skip advertisement|(?:image|photo|picture|slide) \d+ (?:of|/) \d+|listen to this (?:article|story)(?:\W+\d+\s*min(?:ute)?s?)?|\d+\s*min(?:ute)?s? (?:read|listen))\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Furniture();
}
