using RoleMapper.Core.Accounts;

namespace RoleMapper.Web.Pages.Account;

/// <summary>
/// Where sign-in sends people who are signed in but not allowed the page they asked for. It says who can give access:
/// a council's admins for the council's own pages, but only RoleMapper's operator for the sector pages (see
/// <see cref="SectorRole"/>), since no council admin can grant that role.
/// </summary>
public sealed class AccessDeniedModel : PageModel
{
    /// <summary>True when the page refused was one of the sector-wide pages.</summary>
    public bool ForSector { get; private set; }

    public void OnGet(string? returnUrl)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        ForSector = returnUrl is not null
            && (returnUrl.Equals("/sector", StringComparison.OrdinalIgnoreCase) || returnUrl.StartsWith("/sector/", StringComparison.OrdinalIgnoreCase));
    }
}
