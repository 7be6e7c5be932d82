namespace RoleMapper.Web.Pages;

/// <summary>Unhandled exceptions (outside Development) end here: an apology in the layout, no details.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public void OnGet()
    {
    }

    public void OnPost()
    {
    }
}
