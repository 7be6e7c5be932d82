namespace RoleMapper.Web.Pages.Account;

/// <summary>Where sign-in sends people who are signed in but not allowed the page they asked for.</summary>
public sealed class AccessDeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
