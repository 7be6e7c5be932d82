using Microsoft.AspNetCore.Mvc.ModelBinding;
using RoleMapper.Core.Matching;
using RoleMapper.Core.Standards;

namespace RoleMapper.Web.Pages.Council.Gaps;

/// <summary>
/// What recording and changing a skills gap share: saving through Core's <see cref="SkillsGaps"/> with its problems
/// shown beside their fields, and what the form offers (the council's roles and service areas, and standards to link:
/// the chosen role's mapping, those already linked and search results). Every query goes through the tenancy filter.
/// </summary>
public sealed class GapEditor(RoleMapperDbContext db, IStandardMatcher matcher, SkillsGaps gaps)
{
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
    /// Records (<paramref name="gapId"/> null) or changes the gap when the form is complete; true when it was saved. When
    /// the form itself has problems nothing is saved, but Core's rules are still checked, so every problem shows at once.
    /// Null when the council has no gap <paramref name="gapId"/>.
    /// </summary>
    public async Task<bool?> SaveAsync(GapInput input, int? gapId, string? createdBy, DateOnly? savedTargetDate,
        ModelStateDictionary modelState, CancellationToken ct)
    {
        var details = input.ToDetails();
        var problems = !modelState.IsValid ? await gaps.CheckAsync(details, savedTargetDate, ct)
            : gapId is { } id ? await gaps.ChangeAsync(id, details, ct)
            : await gaps.RecordAsync(details, createdBy, ct);
        if (problems is null)
        {
            return null;
        }
        foreach (var problem in problems)
        {
            modelState.AddModelError(Key(problem.Field), problem.Message);
        }
        return modelState.IsValid;
    }

    private static string Key(GapField field) => field switch
    {
        GapField.About => "Input.About",
        GapField.Role => "Input.RoleId",
        GapField.ServiceArea => "Input.ServiceArea",
        GapField.LinkedStandards => "Input.LinkedStandards",
        _ => "Input.TargetDate",
    };

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
