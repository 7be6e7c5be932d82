using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;

namespace RoleMapper.Core.Workspace;

/// <summary>
/// A council's skills gaps: recording, changing and deleting them, for the context's current council, with the rules
/// that need its data. Every query goes through the tenancy filter, so another council's role id is simply unknown.
/// </summary>
public sealed class SkillsGaps(RoleMapperDbContext db, TimeProvider clock)
{
    /// <summary>
    /// The problems of <paramref name="details"/> that need the council's data; empty when it can be saved.
    /// <paramref name="savedTargetDate"/> is the gap's target date as saved, when it is being changed: an open gap keeps
    /// the past date it already had (it is overdue, not wrong), so its other changes can still be saved.
    /// </summary>
    public async Task<IReadOnlyList<GapProblem>> CheckAsync(GapDetails details, DateOnly? savedTargetDate, CancellationToken ct)
    {
        var problems = new List<GapProblem>();
        if (details.About is null)
        {
            problems.Add(new(GapField.About, "Choose whether the gap is about a job role or a whole service area"));
        }
        if (details.About == GapSubject.Role && (details.RoleId is not { } roleId || !await db.JobRoles.AnyAsync(r => r.Id == roleId, ct)))
        {
            problems.Add(new(GapField.Role, "Choose the job role the gap is about"));
        }
        if (details.About == GapSubject.ServiceArea && string.IsNullOrWhiteSpace(details.ServiceArea))
        {
            problems.Add(new(GapField.ServiceArea, "Enter the service area the gap is about"));
        }
        var linked = Tidy(details.LinkedStandards);
        var known = await db.StandardVersions.Where(v => linked.Contains(v.Reference)).Select(v => v.Reference).Distinct().ToListAsync(ct);
        if (linked.Count > MaxLinkedStandards)
        {
            problems.Add(new(GapField.LinkedStandards, $"Link no more than {MaxLinkedStandards} standards"));
        }
        else if (linked.Except(known).FirstOrDefault() is { } unknown)
        {
            problems.Add(new(GapField.LinkedStandards, $"{unknown} is not a standard in the feed. Untick it, or search for the standard"));
        }
        if (details.TargetDate is { } date)
        {
            if (date.Year is < EarliestYear or > LatestYear)
            {
                problems.Add(new(GapField.TargetDate, $"Enter a target date between the years {EarliestYear} and {LatestYear}"));
            }
            else if (details.Status != GapStatus.Closed && date < UkTime.Today(clock) && date != savedTargetDate)
            {
                problems.Add(new(GapField.TargetDate, "The target date must be today or later. Only a closed gap can have a date in the past"));
            }
        }
        return problems;
    }

    /// <summary>Records a new gap unless it has problems; returns them (empty when it was saved).</summary>
    public async Task<IReadOnlyList<GapProblem>> RecordAsync(GapDetails details, string? createdBy, CancellationToken ct)
    {
        var problems = await CheckAsync(details, savedTargetDate: null, ct);
        if (problems.Count > 0)
        {
            return problems;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var gap = new SkillsGap { Description = "", CreatedUtc = now, UpdatedUtc = now, CreatedByName = createdBy };
        await ApplyAsync(details, gap, ct);
        // OrganisationId is left for the context to stamp with the current council.
        db.SkillsGaps.Add(gap);
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>Changes a gap unless the change has problems; returns them, or null when the council has no such gap.</summary>
    public async Task<IReadOnlyList<GapProblem>?> ChangeAsync(int id, GapDetails details, CancellationToken ct)
    {
        if (await db.SkillsGaps.SingleOrDefaultAsync(g => g.Id == id, ct) is not { } gap)
        {
            return null;
        }
        var problems = await CheckAsync(details, gap.TargetDate, ct);
        if (problems.Count > 0)
        {
            return problems;
        }
        await ApplyAsync(details, gap, ct);
        gap.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>Deletes a gap; false when the council has no such gap.</summary>
    public async Task<bool> DeleteAsync(int id, CancellationToken ct) =>
        // The tenancy filter applies to ExecuteDelete too: another council's id deletes nothing.
        await db.SkillsGaps.Where(g => g.Id == id).ExecuteDeleteAsync(ct) > 0;

    /// <summary>
    /// Copies checked details onto the gap. A gap about a role also keeps the role's service area, so it still says
    /// where it is if the role is deleted (the link is then cleared, see SkillsGapConfiguration).
    /// </summary>
    private async Task ApplyAsync(GapDetails details, SkillsGap gap, CancellationToken ct)
    {
        var aboutRole = details.About == GapSubject.Role;
        gap.JobRoleId = aboutRole ? details.RoleId : null;
        gap.ServiceArea = aboutRole
            ? await db.JobRoles.Where(r => r.Id == details.RoleId).Select(r => r.ServiceArea).SingleAsync(ct)
            : details.ServiceArea!.Trim();
        gap.Description = details.Description.Trim();
        gap.Priority = details.Priority;
        gap.PostsAffected = details.PostsAffected;
        gap.HardToFill = details.HardToFill;
        gap.SuccessionRisk = details.SuccessionRisk;
        gap.LinkedStandards = Tidy(details.LinkedStandards);
        gap.Status = details.Status;
        gap.TargetDate = details.TargetDate;
    }

    public const int MaxLinkedStandards = 20;
    /// <summary>The years a target date may be in: a typing slip ("0226", "20266") is caught, a real plan is not.</summary>
    public const int EarliestYear = 2000, LatestYear = 2100;

    private static List<string> Tidy(IEnumerable<string> references) =>
        references.Select(r => r.Trim().ToUpperInvariant()).Where(r => r.Length > 0).Distinct().ToList();
}
