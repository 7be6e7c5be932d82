using RoleMapper.Core.Accounts;

namespace RoleMapper.Web.Pages.Account;

/// <summary>
/// Where sign-in sends people who are signed in but not allowed the page they asked for. It says why when the reason
/// is the person's standing: a join request not yet answered, or a council the sector team has suspended.
/// </summary>
public sealed class AccessDeniedModel : PageModel
{
    public CouncilMembership? Membership { get; private set; }

    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        Membership = HttpContext.Features.Get<CouncilMembership>();
    }
}
