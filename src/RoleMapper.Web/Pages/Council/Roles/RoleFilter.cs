using RoleMapper.Core.Matching;

namespace RoleMapper.Web.Pages.Council.Roles;

/// <summary>
/// The filters of the role list, shared with bulk confirmation so "confirm these" means exactly the roles listed:
/// what to show (by mapping status, confidence or review), a service area, and text in the title or department.
/// </summary>
public sealed record RoleFilter(string? Show, string? Area, string? Text)
{
    public static readonly IReadOnlyList<(string Value, string Text)> Shows =
    [
        ("unmapped", "Unmapped"), ("suggested", "Suggested, not yet confirmed"), ("high", "High-confidence suggestions"),
        ("low", "Low-confidence suggestions"), ("review", "Needs review"), ("confirmed", "Confirmed"), ("none", "No suitable standard"),
    ];

    /// <summary>Unknown values are dropped rather than failing the page; text is trimmed and bounded.</summary>
    public RoleFilter Cleaned() => this with
    {
        Show = Shows.Any(s => s.Value == Show) ? Show : null,
        Area = string.IsNullOrWhiteSpace(Area) ? null : Area.Trim(),
        Text = Text?.Trim() is { Length: > 0 } t ? t[..Math.Min(t.Length, 100)] : null,
    };

    public bool IsEmpty => Show is null && Area is null && Text is null;

    public IQueryable<JobRole> Apply(IQueryable<JobRole> roles)
    {
        roles = Show switch
        {
            "unmapped" => roles.Where(r => r.Status == MappingStatus.Unmapped),
            "suggested" => roles.Where(r => r.Status == MappingStatus.Suggested),
            "high" => roles.Where(r => r.Status == MappingStatus.Suggested && r.SuggestedConfidence == Confidence.High),
            "low" => roles.Where(r => r.Status == MappingStatus.Suggested && r.SuggestedConfidence == Confidence.Low),
            "review" => roles.Where(r => r.NeedsReview),
            "confirmed" => roles.Where(r => r.Status == MappingStatus.Confirmed),
            "none" => roles.Where(r => r.Status == MappingStatus.NoSuitableStandard),
            _ => roles,
        };
        if (Area is { } area)
        {
            roles = roles.Where(r => r.ServiceArea == area);
        }
        if (Text is { } text)
        {
            // Lower-cased on both sides: a case-insensitive "contains" that SQLite and PostgreSQL both translate.
            var lower = text.ToLowerInvariant();
#pragma warning disable CA1862
            roles = roles.Where(r => r.Title.ToLower().Contains(lower) || (r.Department != null && r.Department.ToLower().Contains(lower)));
#pragma warning restore CA1862
        }
        return roles;
    }

    public string Link(string path, int page = 1) =>
        QueryLinks.To(path, ("show", Show), ("area", Area), ("q", Text), ("page", page == 1 ? null : page));
}
