using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.Standards;
using RoleMapper.Core.StandardsFeed;
using RoleMapper.Core.Workspace;

namespace RoleMapper.Core.Pathways;

/// <summary>
/// Career pathways: for a service area of the council's roles, or a standard it confirmed, the ladders of approved
/// standards in the same occupational field (<see cref="OccupationalField"/>) by level, with the council's own roles
/// placed on the rungs of their confirmed standards and the sector role map's roles beside them. Only a field with two
/// or more levels makes a ladder; the subject's other standards are listed once. A service area's ladders start from the standards confirmed for its roles and those the sector role map gives the service area of
/// the same name. A council saves a pathway as evidence, lists and deletes them; all through the tenancy filter.
/// Docs: docs/plan-and-pathways.md.
/// </summary>
public sealed class CareerPathways(RoleMapperDbContext db, ISectorRoleMap roleMap, TimeProvider clock)
{
    /// <summary>How many of the sector map's roles are shown beside one standard.</summary>
    public const int SectorRolesShown = 4;

    public async Task<PathwayChoices> ChoicesAsync(CancellationToken ct)
    {
        var areas = await db.JobRoles.AsNoTracking().Where(r => r.ServiceArea != null && r.ServiceArea != "")
            .Select(r => r.ServiceArea!).Distinct().ToListAsync(ct);
        var confirmed = await ConfirmedAsync(ct);
        var approved = await ApprovedVersions.ForAsync(db, confirmed.Select(c => c.Reference), ct);
        var labels = await StandardLabels.LoadAsync(db, approved.Keys, ct);
        return new(areas.Order(StringComparer.OrdinalIgnoreCase).ToList(),
            approved.Keys.Select(r => (r, labels[r])).OrderBy(s => s.Item2, StringComparer.OrdinalIgnoreCase).ToList());
    }

    /// <summary>
    /// The pathway for a service area of the council's roles, or for a standard: its ladders of two or more levels, and
    /// the subject's standards whose field has no other level, listed once; null when there is no such subject.
    /// </summary>
    public async Task<CareerPathway?> BuildAsync(PathwaySubject subject, string? key, CancellationToken ct)
    {
        var wanted = key?.Trim() ?? "";
        if (wanted.Length == 0)
        {
            return null;
        }
        var confirmed = await ConfirmedAsync(ct);
        var sector = await roleMap.LoadAsync(ct);
        var approved = await db.StandardVersions.AsNoTracking()
            .Where(v => v.Status == StandardStatus.ApprovedForDelivery && v.RemovedFromFeedUtc == null && v.Level > 0)
            .Select(v => new { v.Reference, v.Title, v.Level, v.Route })
            .ToListAsync(ct);
        var byReference = approved.GroupBy(v => v.Reference).ToDictionary(g => g.Key, g => g.First());
        List<string> seeds;
        string name;
        IReadOnlyList<SectorMapRole> sectorRoles;
        IReadOnlyList<(string Reference, string Title)> councilRoles;
        if (subject == PathwaySubject.ServiceArea)
        {
            var inArea = confirmed.Where(c => string.Equals(c.ServiceArea?.Trim(), wanted, StringComparison.OrdinalIgnoreCase)).ToList();
            if (inArea.Count == 0 && !await db.JobRoles.AnyAsync(r => r.ServiceArea == wanted, ct))
            {
                return null;
            }
            sectorRoles = sector.Where(r => string.Equals(r.ServiceArea, wanted, StringComparison.OrdinalIgnoreCase)).ToList();
            councilRoles = inArea.Select(c => (c.Reference, c.Title)).ToList();
            seeds = inArea.Select(c => c.Reference).Concat(sectorRoles.SelectMany(r => r.Standards)).ToList();
            name = inArea.Count > 0 ? inArea[0].ServiceArea?.Trim() ?? wanted : wanted;
        }
        else
        {
            var reference = wanted.ToUpperInvariant();
            if (!byReference.TryGetValue(reference, out var standard))
            {
                return null;
            }
            sectorRoles = sector;
            councilRoles = confirmed.Select(c => (c.Reference, c.Title)).ToList();
            seeds = [reference];
            name = StandardLabels.Format(reference, standard.Title, standard.Level);
            wanted = reference;
        }

        RungStandard Placed(string reference, string title, int level) => new(reference, FeedFieldLimits.ClipTitle(title), level,
            StandardLabels.Format(reference, FeedFieldLimits.ClipTitle(title), level),
            councilRoles.Where(c => c.Reference == reference).Select(c => c.Title).Distinct(StringComparer.OrdinalIgnoreCase)
                .Order(StringComparer.OrdinalIgnoreCase).ToList(),
            sectorRoles.Where(r => r.Standards.Count > 0 && r.Standards[0] == reference).Select(r => r.Title).Take(SectorRolesShown).ToList());

        var fields = approved.ToLookup(v => OccupationalField.KeyOf(v.Route, v.Title));
        var seedFields = seeds.Where(byReference.ContainsKey).Select(r => byReference[r])
            .GroupBy(v => OccupationalField.KeyOf(v.Route, v.Title))
            .Select(field => (Seeds: field.ToList(), Ladder: new Ladder(fields[field.Key].First().Route, fields[field.Key]
                .OrderBy(v => v.Level).ThenBy(v => v.Title, StringComparer.OrdinalIgnoreCase)
                .GroupBy(v => v.Level)
                .Select(level => new Rung(level.Key, level.Select(v => Placed(v.Reference, v.Title, v.Level)).ToList()))
                .ToList())))
            .ToList();
        // A field with one level is no way up: its standards are listed once beside the ladders, not drawn as ladders.
        var ladders = seedFields.Where(f => f.Ladder.Rungs.Count >= Ladder.MinimumRungs)
            // The longest ladders first, then those the service area leans on most (seeds repeat once per role using them).
            .OrderByDescending(l => l.Ladder.Rungs.Count).ThenByDescending(l => l.Seeds.Count)
            .ThenBy(l => l.Ladder.Rungs[0].Standards[0].Title, StringComparer.OrdinalIgnoreCase)
            .Select(l => l.Ladder)
            .ToList();
        var others = seedFields.Where(f => f.Ladder.Rungs.Count < Ladder.MinimumRungs)
            .SelectMany(f => f.Seeds).DistinctBy(v => v.Reference)
            .OrderBy(v => v.Level).ThenBy(v => v.Title, StringComparer.OrdinalIgnoreCase)
            .Select(v => Placed(v.Reference, v.Title, v.Level))
            .ToList();
        return new CareerPathway(subject, wanted, name, ladders, others);
    }

    /// <summary>
    /// Builds the pathway and saves its ladders as evidence, replacing one saved for the same subject; null when it has no
    /// ladder to save (standards without a ladder are not a pathway, so they never count as one in the maturity evidence).
    /// </summary>
    public async Task<SavedPathway?> SaveAsync(PathwaySubject subject, string? key, string? by, CancellationToken ct)
    {
        if (await BuildAsync(subject, key, ct) is not { Ladders.Count: > 0 } pathway)
        {
            return null;
        }
        var saved = await db.SavedPathways.SingleOrDefaultAsync(p => p.Subject == subject && p.Key == pathway.Key, ct);
        if (saved is null)
        {
            saved = new SavedPathway { Subject = subject, Key = Clip(pathway.Key, SavedPathway.MaxKeyLength), Name = "", Summary = "" };
            db.SavedPathways.Add(saved);
        }
        saved.Name = Clip(pathway.Name, SavedPathway.MaxKeyLength);
        saved.Summary = Clip(pathway.Summary, SavedPathway.MaxSummaryLength);
        saved.SavedUtc = clock.GetUtcNow().UtcDateTime;
        saved.SavedByName = by;
        await db.SaveChangesAsync(ct);
        return saved;
    }

    public async Task<IReadOnlyList<SavedPathway>> SavedAsync(CancellationToken ct) =>
        await db.SavedPathways.AsNoTracking().OrderBy(p => p.Subject).ThenBy(p => p.Name).ToListAsync(ct);

    /// <summary>Deletes a saved pathway; false when the council has none with that id.</summary>
    public async Task<bool> DeleteAsync(int id, CancellationToken ct) =>
        await db.SavedPathways.Where(p => p.Id == id).ExecuteDeleteAsync(ct) > 0;

    private async Task<List<(string Reference, string Title, string? ServiceArea)>> ConfirmedAsync(CancellationToken ct) =>
        (await db.RoleStandards.AsNoTracking().Where(s => s.Kind != RoleStandardKind.Rejected)
            .Join(db.JobRoles.Where(r => r.Status == MappingStatus.Confirmed), s => s.JobRoleId, r => r.Id,
                (s, r) => new { s.Reference, r.Title, r.ServiceArea })
            .ToListAsync(ct))
        .Select(c => (c.Reference, c.Title, c.ServiceArea)).ToList();

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}
