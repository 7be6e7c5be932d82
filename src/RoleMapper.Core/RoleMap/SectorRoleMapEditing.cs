using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.Standards;
using RoleMapper.Core.StandardsFeed;

namespace RoleMapper.Core.RoleMap;

/// <summary>
/// The sector team's edits to the sector role map: change a role, add one, or say it was checked and is still right.
/// A role is checked as the CSV's rows are (<see cref="RoleMapRules"/>), and also against the database: its standards
/// must be approved in today's feed, and no alias may be another role's name. A saved change, or a check, clears the
/// review flag and records the latest feed date as the one checked against. Every change writes a log line with who
/// and when, in the same save, and tells this process's index (<see cref="IRoleMapChangeObserver"/>).
/// </summary>
public sealed partial class SectorRoleMapEditing(RoleMapperDbContext db, RoleMapDbSource source, TimeProvider clock,
    IEnumerable<IRoleMapChangeObserver> observers)
{
    public const int MostFound = 200;

    public async Task<RoleMapReviewList> ReviewListAsync(string? search, CancellationToken ct)
    {
        await source.EnsureSeededAsync(ct);
        var entries = await db.RoleMapEntries.AsNoTracking().OrderBy(e => e.Title).ThenBy(e => e.Id).ToListAsync(ct);
        var flagged = entries.Where(e => e.NeedsReview).OrderBy(e => e.ReviewFlaggedUtc).ThenBy(e => e.Title, StringComparer.OrdinalIgnoreCase).Select(Item).ToList();
        var words = (search ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var found = words.Length == 0 ? [] : entries.Where(e => words.All(w => Text(e).Contains(w, StringComparison.OrdinalIgnoreCase))).ToList();
        return new RoleMapReviewList(flagged, found.Take(MostFound).Select(Item).ToList(), found.Count, entries.Count);
    }

    public async Task<RoleMapEntryView?> EntryAsync(string id, CancellationToken ct)
    {
        var entry = await db.RoleMapEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null)
        {
            return null;
        }
        var log = await db.RoleMapChanges.AsNoTracking().Where(c => c.EntryId == id).OrderByDescending(c => c.Id)
            .Select(c => new RoleMapChangeLine(c.AtUtc, c.By, c.What)).ToListAsync(ct);
        return new RoleMapEntryView(entry.ToMappedRole(), entry.NeedsReview, entry.ReviewReason, entry.ReviewFlaggedUtc, entry.UpdatedUtc, entry.UpdatedBy, log);
    }

    public async Task<RoleMapEditResult> SaveAsync(string id, RoleMapForm form, string by, CancellationToken ct)
    {
        var entry = await db.RoleMapEntries.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null)
        {
            return RoleMapEditResult.NotFound;
        }
        var checkedAgainst = await LatestFeedDateAsync(ct) ?? entry.CheckedAgainst;
        var role = form.ToRole(id, checkedAgainst);
        var problems = await ProblemsAsync(role, form, ct);
        if (problems.Count > 0)
        {
            return RoleMapEditResult.Refused(problems);
        }
        if (RoleMapChangeText.Describe(entry.ToMappedRole(), role) is not { } what)
        {
            return new RoleMapEditResult(RoleMapEditOutcome.Unchanged, [], id);
        }
        Apply(entry, role);
        await SaveWithLogAsync(entry, by, entry.NeedsReview ? $"{what}; review flag cleared" : what, ct);
        return new RoleMapEditResult(RoleMapEditOutcome.Saved, [], id);
    }

    public async Task<RoleMapEditResult> AddAsync(RoleMapForm form, string by, CancellationToken ct)
    {
        var role = form.ToRole(SlugOf(form.Title ?? ""), await LatestFeedDateAsync(ct) ?? "");
        var problems = await ProblemsAsync(role, form, ct);
        if (problems.Count == 0 && await db.RoleMapEntries.AnyAsync(e => e.Id == role.Id, ct))
        {
            problems = [new(nameof(RoleMapForm.Title), $"The map already has a role '{role.Id}': edit that one, or give this one a different title")];
        }
        if (problems.Count > 0)
        {
            return RoleMapEditResult.Refused(problems);
        }
        var entry = new RoleMapEntry { Id = role.Id, ServiceArea = "", Title = "", JobFamily = "", Reason = "", CheckedAgainst = "", UpdatedBy = by };
        Apply(entry, role);
        db.RoleMapEntries.Add(entry);
        try
        {
            await SaveWithLogAsync(entry, by, RoleMapChangeText.Added(role), ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return RoleMapEditResult.Refused([new(nameof(RoleMapForm.Title), $"The map already has a role '{role.Id}': edit that one, or give this one a different title")]);
        }
        return new RoleMapEditResult(RoleMapEditOutcome.Saved, [], role.Id);
    }

    /// <summary>"Checked — still right": the role's standards are still approved, so the flag goes and the date moves on.</summary>
    public async Task<RoleMapEditResult> MarkCheckedAsync(string id, string by, CancellationToken ct)
    {
        var entry = await db.RoleMapEntries.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null)
        {
            return RoleMapEditResult.NotFound;
        }
        var problems = await UnapprovedAsync(entry.Standards, ct);
        if (problems.Count > 0)
        {
            return RoleMapEditResult.Refused(problems);
        }
        var feedDate = await LatestFeedDateAsync(ct) ?? entry.CheckedAgainst;
        var what = $"Checked against the feed of {feedDate}: still right" + (entry.NeedsReview ? $" (flagged: {entry.ReviewReason})" : "");
        entry.CheckedAgainst = feedDate;
        await SaveWithLogAsync(entry, by, what.Length > RoleMapChange.MaxWhatLength ? what[..RoleMapChange.MaxWhatLength] : what, ct);
        return new RoleMapEditResult(RoleMapEditOutcome.Saved, [], id);
    }

    private async Task<List<RoleMapProblem>> ProblemsAsync(MappedRole role, RoleMapForm form, CancellationToken ct)
    {
        var problems = new List<RoleMapProblem>();
        void Add(string field, string? problem)
        {
            if (problem is not null)
            {
                problems.Add(new(field, char.ToUpperInvariant(problem[0]) + problem[1..]));
            }
        }
        Add(nameof(RoleMapForm.Title), RoleMapRules.TitleProblem(role.Title));
        Add(nameof(RoleMapForm.ServiceArea), role.ServiceArea.Length == 0 ? "no service area" : null);
        Add(nameof(RoleMapForm.JobFamily), role.JobFamily.Length == 0 ? "no job family" : null);
        if (!form.NoStandardFits && role.Standards.Count == 0)
        {
            Add(nameof(RoleMapForm.Standards), $"enter 1 to {RoleMapRules.MostStandards} standards like ST0510, best first, or tick 'No standard fits'");
        }
        else if (form.NoStandardFits && !string.IsNullOrWhiteSpace(form.Standards))
        {
            Add(nameof(RoleMapForm.Standards), "clear the standards, or untick 'No standard fits'");
        }
        else if (RoleMapRules.StandardsProblem(role.Standards, form.Standards ?? "") is { } format)
        {
            Add(nameof(RoleMapForm.Standards), format);
        }
        else
        {
            problems.AddRange(await UnapprovedAsync(role.Standards, ct));
        }
        Add(nameof(RoleMapForm.Reason), RoleMapRules.ReasonProblem(role.Reason));
        foreach (var problem in RoleMapRules.LengthProblems(role))
        {
            Add(problem.Contains("service area", StringComparison.Ordinal) ? nameof(RoleMapForm.ServiceArea)
                : problem.Contains("job family", StringComparison.Ordinal) ? nameof(RoleMapForm.JobFamily) : nameof(RoleMapForm.Aliases), problem);
        }
        problems.AddRange(await NameClashesAsync(role, ct));
        return problems;
    }

    private async Task<List<RoleMapProblem>> UnapprovedAsync(IReadOnlyList<string> standards, CancellationToken ct)
    {
        var approved = await db.StandardVersions.AsNoTracking()
            .Where(v => standards.Contains(v.Reference) && v.Status == StandardStatus.ApprovedForDelivery && v.RemovedFromFeedUtc == null)
            .Select(v => v.Reference).Distinct().ToListAsync(ct);
        return standards.Except(approved)
            .Select(s => new RoleMapProblem(nameof(RoleMapForm.Standards), $"{s} is not an approved standard in today's feed"))
            .ToList();
    }

    /// <summary>Each name points at one role, or the matcher could not tell which role a council's title means.</summary>
    private async Task<List<RoleMapProblem>> NameClashesAsync(MappedRole role, CancellationToken ct)
    {
        var others = await db.RoleMapEntries.AsNoTracking().Where(e => e.Id != role.Id).Select(e => new { e.Id, e.Title, e.Aliases }).ToListAsync(ct);
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var other in others)
        {
            foreach (var name in other.Aliases.Prepend(other.Title))
            {
                owners.TryAdd(name, other.Id);
            }
        }
        return role.Names
            .Where(owners.ContainsKey)
            .Select(name => new RoleMapProblem(name == role.Title ? nameof(RoleMapForm.Title) : nameof(RoleMapForm.Aliases),
                $"'{name}' is also a name of '{owners[name]}'; each alias points at one role"))
            .ToList();
    }

    private static void Apply(RoleMapEntry entry, MappedRole role)
    {
        (entry.Title, entry.ServiceArea, entry.JobFamily, entry.Reason, entry.CheckedAgainst) = (role.Title, role.ServiceArea, role.JobFamily, role.Reason, role.CheckedAgainst);
        entry.Aliases = [.. role.Aliases];
        entry.Standards = [.. role.Standards];
    }

    private async Task SaveWithLogAsync(RoleMapEntry entry, string by, string what, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        (entry.NeedsReview, entry.ReviewReason, entry.ReviewFlaggedUtc, entry.UpdatedUtc, entry.UpdatedBy) = (false, null, null, now, by);
        db.RoleMapChanges.Add(new RoleMapChange { EntryId = entry.Id, AtUtc = now, By = by, What = what });
        await db.SaveChangesAsync(ct);
        foreach (var observer in observers)
        {
            await observer.OnRoleMapChangedAsync(ct);
        }
    }

    private async Task<string?> LatestFeedDateAsync(CancellationToken ct)
    {
        var latest = await db.ImportRuns.AsNoTracking().Where(r => r.Outcome == ImportOutcome.Succeeded)
            .OrderByDescending(r => r.Id).Select(r => (DateOnly?)r.FeedDate).FirstOrDefaultAsync(ct);
        return latest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static RoleMapListItem Item(RoleMapEntry e) => new(e.Id, e.Title, e.ServiceArea, e.Standards, e.CheckedAgainst, e.ReviewReason, e.ReviewFlaggedUtc);

    private static string Text(RoleMapEntry e) => string.Join(' ', e.Aliases.Prepend(e.Title).Append(e.ServiceArea).Append(e.JobFamily).Concat(e.Standards));

    /// <summary>"Snr Planning Officer (Development)" → "snr-planning-officer-development".</summary>
    public static string SlugOf(string title) => NotSlug().Replace(title.ToLowerInvariant(), "-").Trim('-') is { Length: > 0 } slug
        ? slug[..Math.Min(slug.Length, RoleMapEntry.MaxIdLength)].TrimEnd('-') : "role";

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();
}
