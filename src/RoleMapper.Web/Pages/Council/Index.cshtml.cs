using RoleMapper.Core.Accounts;
using RoleMapper.Core.Export;

namespace RoleMapper.Web.Pages.Council;

/// <summary>
/// /council: the council's dashboard: its roles, how many posts they cover, coverage (roles and posts with a confirmed
/// standard, as <see cref="MapFigures"/> defines it), where mappings stand and how many need review. The other parts
/// of the workspace add their panels as partials in the marked grid.
/// </summary>
public sealed class IndexModel(RoleMapperDbContext db, TimeProvider clock) : PageModel
{
    public CouncilMembership Membership { get; private set; } = null!;
    public OrganisationType Type { get; private set; }
    public EnglishRegion Region { get; private set; }
    /// <summary>Until the sector team verifies the council, its figures are left out of the sector's; the page says so.</summary>
    public OrganisationStatus Status { get; private set; }
    public int People { get; private set; }
    public int PendingInvitations { get; private set; }
    public RolesPanel Roles { get; private set; } = null!;

    public sealed record RolesPanel(MapFigures Figures, int HighConfidence);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Membership = HttpContext.Features.Get<CouncilMembership>()!;
        var organisationId = Membership.OrganisationId!.Value;
        var council = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
            .Select(o => new { o.Type, o.Region, o.Status }).SingleAsync(ct);
        (Type, Region, Status) = (council.Type, council.Region, council.Status);
        People = await db.Users.CountAsync(u => u.OrganisationId == organisationId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        // No organisation condition here or below: the tenancy filter adds it.
        PendingInvitations = await db.Invitations.CountAsync(i => i.AcceptedUtc == null && i.RevokedUtc == null && i.ExpiresUtc > now, ct);
        Roles = new RolesPanel(await FiguresAsync(ct), await RoleMapping.HighConfidenceSuggestions(db.JobRoles).CountAsync(ct));
    }

    /// <summary>The map's headline figures, counted by the database rather than by loading every role.</summary>
    private async Task<MapFigures> FiguresAsync(CancellationToken ct)
    {
        var byStatus = await db.JobRoles.GroupBy(r => r.Status)
            .Select(g => new { Status = g.Key, Roles = g.Count(), Posts = g.Sum(r => r.Headcount ?? 0), NoHeadcount = g.Count(r => r.Headcount == null) })
            .ToListAsync(ct);
        var covered = await db.JobRoles
            .Where(r => r.Status == MappingStatus.Confirmed && r.Standards.Any(s => s.Kind == RoleStandardKind.Primary))
            .GroupBy(r => 1).Select(g => new { Roles = g.Count(), Posts = g.Sum(r => r.Headcount ?? 0) })
            .SingleOrDefaultAsync(ct); // One group, or none when nothing is covered: no order to choose by.
        int Count(MappingStatus status) => byStatus.Where(s => s.Status == status).Sum(s => s.Roles);
        return new MapFigures
        {
            Roles = byStatus.Sum(s => s.Roles),
            Headcount = byStatus.Sum(s => (long)s.Posts),
            RolesWithoutHeadcount = byStatus.Sum(s => s.NoHeadcount),
            RolesConfirmed = covered?.Roles ?? 0,
            HeadcountConfirmed = covered?.Posts ?? 0,
            NeedsReview = await db.JobRoles.CountAsync(r => r.NeedsReview, ct),
            NoSuitableStandard = Count(MappingStatus.NoSuitableStandard),
            Suggested = Count(MappingStatus.Suggested),
            Unmapped = Count(MappingStatus.Unmapped),
        };
    }
}
