using RoleMapper.Core.Accounts;

namespace RoleMapper.Web.Pages.Account;

/// <summary>
/// Where sign-in sends people who are signed in but not allowed the page they asked for. It says why when the reason
/// is the person's standing (a join request not yet answered, or a council the sector team has suspended), and
/// otherwise who can give access: a council's admins for the council's own pages, but only RoleMapper's operator for
/// the sector pages (see <see cref="SectorRole"/>), since no council admin can grant that role.
/// </summary>
public sealed class AccessDeniedModel : PageModel
{
    public CouncilMembership? Membership { get; private set; }

    /// <summary>True when the page refused was one of the sector-wide pages.</summary>
    public bool ForSector { get; private set; }

    public void OnGet(string? returnUrl)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        Membership = HttpContext.Features.Get<CouncilMembership>();
        ForSector = returnUrl is not null
            && (returnUrl.Equals("/sector", StringComparison.OrdinalIgnoreCase) || returnUrl.StartsWith("/sector/", StringComparison.OrdinalIgnoreCase));
    }
}
