using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Accounts;
using RoleMapper.Core.Data;
using RoleMapper.Web.Infrastructure;

namespace RoleMapper.Web.Pages.Council;

/// <summary>
/// /council: the council's dashboard. For now it says who the council is and who is in it; job roles, mappings and
/// skills gaps arrive here with the workspace (issue 5).
/// </summary>
public sealed class IndexModel(RoleMapperDbContext db, TimeProvider clock) : PageModel
{
    public CouncilMembership Membership { get; private set; } = null!;
    public OrganisationType Type { get; private set; }
    public EnglishRegion Region { get; private set; }
    public int People { get; private set; }
    public int PendingInvitations { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Membership = HttpContext.Features.Get<CouncilMembership>()!;
        var organisationId = Membership.OrganisationId!.Value;
        var council = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
            .Select(o => new { o.Type, o.Region }).SingleAsync(ct);
        (Type, Region) = (council.Type, council.Region);
        People = await db.Users.CountAsync(u => u.OrganisationId == organisationId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        // No organisation condition here: the tenancy filter adds it.
        PendingInvitations = await db.Invitations.CountAsync(i => i.AcceptedUtc == null && i.RevokedUtc == null && i.ExpiresUtc > now, ct);
    }
}
