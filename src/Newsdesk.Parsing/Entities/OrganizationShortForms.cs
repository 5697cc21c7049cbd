using Newsdesk.Parsing.Gazetteers;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Entities;

/// <summary>
/// "Helix Payments Inc." then "Helix": a one-word organization (or a guessed one-word person) that is the first word of
/// exactly one longer organization name of the article is that organization's short form.
/// </summary>
internal static class OrganizationShortForms
{
    /// <summary>Moves the mentions of each such short form to the longer organization.</summary>
    public static void Merge(Gazetteer gaz, List<TextUnit> units, List<Mention> mentions, List<EntityBuild> entities)
    {
        var byFirstWord = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Count; i++)
        {
            if (entities[i] is { Type: EntityType.Organization, Count: > 0 } org && FirstWordOf(gaz, org.Canonical) is { } first)
            {
                byFirstWord[first] = byFirstWord.TryGetValue(first, out var other) && other != i ? -1 : i;
            }
        }

        AddLastWords(gaz, entities, byFirstWord);
        if (byFirstWord.Count == 0)
        {
            return;
        }

        foreach (var m in mentions)
        {
            // "Virgin could gain market share" after "Virgin Australia": a lone word no rule placed.
            if (m is { Entity: < 0, Kind: MentionKind.Single, Type: EntityType.Person } && byFirstWord.TryGetValue(m.Surface, out var org) && org >= 0)
            {
                m.Type = EntityType.Organization;
                entities[org].Add(m, org);
            }
        }

        for (var i = 0; i < entities.Count; i++)
        {
            var shortForm = entities[i];
            if (shortForm.Count == 0 || shortForm.Canonical.Contains(' ') || shortForm.CountryCode is not null ||
                !byFirstWord.TryGetValue(shortForm.Canonical, out var target) || target < 0 || target == i || !IsMergeable(shortForm) ||
                FirstInBody(units, mentions, i) < FirstInBody(units, mentions, target))
            {
                continue;
            }

            foreach (var m in mentions)
            {
                if (m.Entity == i)
                {
                    m.Type = EntityType.Organization;
                    entities[target].Add(m, target);
                }
            }

            shortForm.Clear();
        }
    }

    /// <summary>
    /// "Indian National Congress" then "Congress", "Manchester United" then "United": the head word of a name of three or
    /// more words, or an organization cue heading a two-word name, stands for it too, unless it is some other name's first
    /// word or the head of two names.
    /// </summary>
    private static void AddLastWords(Gazetteer gaz, List<EntityBuild> entities, Dictionary<string, int> byWord)
    {
        var byLast = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Count; i++)
        {
            if (entities[i] is { Type: EntityType.Organization, Count: > 0 } org && LastWordOf(gaz, org.Canonical) is { } last)
            {
                byLast[last] = byLast.TryGetValue(last, out var other) && other != i ? -1 : i;
            }
        }

        foreach (var (word, index) in byLast)
        {
            if (!byWord.TryAdd(word, index) && byWord[word] != index)
            {
                byWord[word] = -1;
            }
        }
    }

    private static string? LastWordOf(Gazetteer gaz, string name)
    {
        var space = name.LastIndexOf(' ');
        if (space <= 0 || name.Contains(" of ", StringComparison.Ordinal) || name.Contains(" for ", StringComparison.Ordinal))
        {
            // "Bank of England" is not "England"; "Court of Arbitration for Sport" is not "Sport".
            return null;
        }

        var last = name[(space + 1)..];
        var words = name.AsSpan().Count(' ') + 1;
        var cue = gaz.OrgCueLookup.ContainsKey(last);
        return last.Length < 3 || !char.IsUpper(last[0]) || !last.AsSpan(1).ContainsAny("abcdefghijklmnopqrstuvwxyz") ||
            (words < 3 && !cue) || (gaz.PhraseLookup.TryGetValue(last, out var known) && known.Type != EntityType.Organization) ||
            gaz.DemonymLookup.Contains(last) || gaz.Stopwords.Contains(last)
            ? null
            : last;
    }

    // News style names an organization in full before shortening it: "marketplace Wildberries" written in the body before
    // "Wildberries Bank" is the parent company, not a short form of its bank. Title and captions do not count.
    private static long FirstInBody(List<TextUnit> units, List<Mention> mentions, int entity)
    {
        foreach (var m in mentions)
        {
            if (m.Entity == entity && units[m.Unit].IsParagraph)
            {
                return m.Position;
            }
        }

        return long.MaxValue;
    }

    // A one-word person with a title ("Chairman Helix") is someone; an organization or an untitled guess may be the short form.
    private static bool IsMergeable(EntityBuild e) => e.Type == EntityType.Organization || (e.Type == EntityType.Person && e.Words <= 1 && e.Roles.Count == 0);

    /// <summary>
    /// The first word of a multi-word organization name when it can stand for the whole ("Helix" of "Helix Payments Inc."):
    /// not a generic cue ("University of Oslo"), a known place or person ("Moscow Times"), a demonym, an article or an acronym-only name.
    /// </summary>
    private static string? FirstWordOf(Gazetteer gaz, string name)
    {
        var space = name.IndexOf(' ');
        if (space <= 0)
        {
            return null;
        }

        var first = name[..space];
        return first.Length < 3 || !char.IsUpper(first[0]) || first is "The" || gaz.OrgCueLookup.ContainsKey(first) ||
            (gaz.PhraseLookup.TryGetValue(first, out var known) && known.Type != EntityType.Organization) || gaz.DemonymLookup.Contains(first) || gaz.PlaceCues.Contains(first) ||
            gaz.GivenNames.Contains(first) || gaz.Stopwords.Contains(first)
            ? null
            : first;
    }
}
