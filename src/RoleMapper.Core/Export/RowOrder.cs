namespace RoleMapper.Core.Export;

/// <summary>
/// The order rows appear in. The writer sorts rather than trusting the caller's query, so the same rows give the same
/// file whatever order the database returns them in. Comparisons are ordinal (ignoring case first), which sorts the
/// same on every machine; culture-aware sorting would follow the installed ICU version.
/// </summary>
internal static class RowOrder
{
    private static readonly StringComparer Folded = StringComparer.OrdinalIgnoreCase;
    private static readonly StringComparer Exact = StringComparer.Ordinal;

    /// <summary>By service area (roles without one last), then title.</summary>
    public static IReadOnlyList<RoleMapRow> Roles(IEnumerable<RoleMapRow> roles) => roles
        .OrderBy(r => string.IsNullOrWhiteSpace(r.ServiceArea))
        .ThenBy(r => r.ServiceArea ?? "", Folded)
        .ThenBy(r => r.Title, Folded)
        // Only rows that differ in nothing but case get here; ordinal order settles them the same way every time.
        .ThenBy(r => r.ServiceArea ?? "", Exact)
        .ThenBy(r => r.Title, Exact)
        .ToList();

    /// <summary>Highest priority first, open before planned before closed, soonest target date first.</summary>
    public static IReadOnlyList<SkillsGapRow> Gaps(IEnumerable<SkillsGapRow> gaps) => gaps
        .OrderBy(g => g.Priority)
        .ThenBy(g => g.Status)
        .ThenBy(g => g.TargetDate ?? DateOnly.MaxValue)
        .ThenBy(g => g.RoleOrServiceArea ?? "", Folded)
        .ThenBy(g => g.Description, Folded)
        .ThenBy(g => g.RoleOrServiceArea ?? "", Exact)
        .ThenBy(g => g.Description, Exact)
        .ToList();

    /// <summary>Newest first.</summary>
    public static IReadOnlyList<FeedChangeRow> Changes(IEnumerable<FeedChangeRow> changes) => changes
        .OrderByDescending(c => c.ChangedOn)
        .ThenBy(c => c.StandardReference, Exact)
        .ThenBy(c => c.Kind)
        .ToList();
}
