namespace RoleMapper.Web.Pages;

/// <summary>
/// The page for 404, 403 and other error statuses, re-executed by UseStatusCodePagesWithReExecute (status kept). The
/// re-executed request keeps its method, so a refused POST (too many sign-in attempts, 405) shows this page too: it
/// has no handler, binds its code for any method, and checks no form token (it changes nothing).
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = "code")]
    public int Code { get; set; }

    /// <summary>The address that got the status, in lower case, to say what was refused.</summary>
    public string? OriginalPath =>
        HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalPath.ToLowerInvariant();
}
