using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using RoleMapper.Core;
using RoleMapper.Core.Data;
using RoleMapper.Core.Matching;
using RoleMapper.Core.Standards;
using RoleMapper.Core.Workspace;

namespace RoleMapper.Web.Pages.Council.Gaps;

/// <summary>
/// What recording and changing a skills gap share: the checks that need the council's data, and what the form offers
/// (the council's roles and service areas, and standards to link: the chosen role's mapping, those already linked and
/// search results). Every query goes through the tenancy filter, so another council's role id is simply unknown.
/// </summary>
public sealed class GapEditor(RoleMapperDbContext db, IStandardMatcher matcher, TimeProvider clock)
{
    public const int MaxLinkedStandards = 20;
    public const int SearchResults = 10;
    /// <summary>The TempData key of the message the list shows after a save or delete.</summary>
    public const string Notice = "GapNotice";
    public const string FromSearch = "From your search";

    public sealed record RoleOption(int Id, string Title, string? ServiceArea);

    /// <summary>A standard the form offers to link; <see cref="Note"/> says where it came from.</summary>
    public sealed record OfferedStandard(string Reference, string Title, int Level, string? Note, bool Linked);

    public sealed record FormView(GapInput Input, string Action, string SaveText, IReadOnlyList<RoleOption> Roles,
        IReadOnlyList<string> ServiceAreas, IReadOnlyList<OfferedStandard> Standards, bool Searched);

    /// <summary>
    /// Checks what attributes cannot, and tidies the linked references. A target date in the past is for closed gaps;
    /// an open gap keeps the past date it already had (it is overdue, not wrong), so other changes can still be saved.
    /// </summary>
    public async Task CheckAsync(GapInput input, ModelStateDictionary modelState, DateOnly? savedTargetDate, CancellationToken ct)
    {
        if (input.About == GapSubject.Role && (input.RoleId is not { } roleId || !await db.JobRoles.AnyAsync(r => r.Id == roleId, ct)))
        {
            modelState.AddModelError("Input.RoleId", "Choose the job role the gap is about");
        }
        if (input.About == GapSubject.ServiceArea && string.IsNullOrWhiteSpace(input.ServiceArea))
        {
            modelState.AddModelError("Input.ServiceArea", "Enter the service area the gap is about");
        }
        input.LinkedStandards = input.LinkedStandards.Select(r => r.Trim().ToUpperInvariant()).Where(r => r.Length > 0).Distinct().ToList();
        var known = await db.StandardVersions.Where(v => input.LinkedStandards.Contains(v.Reference)).Select(v => v.Reference).Distinct().ToListAsync(ct);
        if (input.LinkedStandards.Count > MaxLinkedStandards)
        {
            modelState.AddModelError("Input.LinkedStandards", $"Link no more than {MaxLinkedStandards} standards");
        }
        else if (input.LinkedStandards.Except(known).FirstOrDefault() is { } unknown)
        {
            modelState.AddModelError("Input.LinkedStandards", $"{unknown} is not a standard in the feed. Untick it, or search for the standard");
        }
        if (input.TargetDate is { } date)
        {
            if (date.Year is < 2000 or > 2100)
            {
                modelState.AddModelError("Input.TargetDate", "Enter a target date between the years 2000 and 2100");
            }
            else if (input.Status != GapStatus.Closed && date < UkTime.Today(clock) && date != savedTargetDate)
            {
                modelState.AddModelError("Input.TargetDate", "The target date must be today or later. Only a closed gap can have a date in the past");
            }
        }
    }

    /// <summary>Copies checked input onto the gap, with the chosen role's service area.</summary>
    public async Task ApplyAsync(GapInput input, SkillsGap gap, CancellationToken ct)
    {
        var roleServiceArea = input.About == GapSubject.Role
            ? await db.JobRoles.Where(r => r.Id == input.RoleId).Select(r => r.ServiceArea).SingleAsync(ct)
            : null;
        input.ApplyTo(gap, roleServiceArea);
    }

    public async Task<FormView> ViewAsync(GapInput input, string action, string saveText, bool search,
        ModelStateDictionary modelState, CancellationToken ct)
    {
        var roles = await db.JobRoles.AsNoTracking().Select(r => new RoleOption(r.Id, r.Title, r.ServiceArea)).ToListAsync(ct);
        var areas = await db.JobRoles.Select(r => r.ServiceArea).Union(db.SkillsGaps.Select(g => g.ServiceArea)).ToListAsync(ct);
        var found = search && !string.IsNullOrWhiteSpace(input.StandardSearch) && modelState.IsValid
            ? matcher.Match(input.StandardSearch, new MatchOptions { Top = SearchResults })
            : null;
        if (found?.Problem is { } problem)
        {
            modelState.AddModelError("Input.StandardSearch", problem);
        }
        return new FormView(input, action, saveText,
            [.. roles.OrderBy(r => r.ServiceArea ?? "\uffff", StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Title, StringComparer.OrdinalIgnoreCase)],
            [.. areas.OfType<string>().Select(a => a.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)],
            await OfferAsync(input, found, ct), found is not null);
    }

    /// <summary>The role's confirmed and alternative standards first, then any others already linked, then search results.</summary>
    private async Task<IReadOnlyList<OfferedStandard>> OfferAsync(GapInput input, MatchResult? found, CancellationToken ct)
    {
        var mapped = input.About == GapSubject.Role && input.RoleId is { } roleId
            ? await db.RoleStandards.AsNoTracking().Where(s => s.JobRoleId == roleId && s.Kind != RoleStandardKind.Rejected)
                .OrderBy(s => s.Kind == RoleStandardKind.Primary ? 0 : 1).ThenBy(s => s.Reference)
                .Select(s => new { s.Reference, s.Kind }).ToListAsync(ct)
            : [];
        var linked = input.LinkedStandards.Select(r => r.Trim().ToUpperInvariant()).Distinct().ToList();
        var references = mapped.Select(m => m.Reference.ToUpperInvariant()).Concat(linked).Distinct().ToList();
        var titles = await db.CurrentStandardVersions().AsNoTracking().Where(v => references.Contains(v.Reference))
            .Select(v => new { v.Reference, v.Title, v.Level }).ToDictionaryAsync(v => v.Reference, ct);

        var offered = new List<OfferedStandard>();
        void Offer(string reference, string? title, int level, string? note)
        {
            if (!offered.Any(o => o.Reference == reference))
            {
                offered.Add(new OfferedStandard(reference, title ?? reference, level, note, linked.Contains(reference)));
            }
        }
        foreach (var m in mapped)
        {
            var reference = m.Reference.ToUpperInvariant();
            Offer(reference, titles.GetValueOrDefault(reference)?.Title, titles.GetValueOrDefault(reference)?.Level ?? 0,
                m.Kind == RoleStandardKind.Primary ? "Confirmed for this role" : "Alternative for this role");
        }
        foreach (var reference in linked)
        {
            Offer(reference, titles.GetValueOrDefault(reference)?.Title, titles.GetValueOrDefault(reference)?.Level ?? 0, null);
        }
        foreach (var candidate in found?.Candidates ?? [])
        {
            Offer(candidate.Reference, candidate.Title, candidate.Level, FromSearch);
        }
        return offered;
    }
}
