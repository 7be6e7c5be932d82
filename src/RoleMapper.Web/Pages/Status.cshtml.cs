namespace RoleMapper.Web.Pages;

/// <summary>The page for 404, 403 and other error statuses, re-executed by UseStatusCodePagesWithReExecute (status kept).</summary>
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Code = code;
}
