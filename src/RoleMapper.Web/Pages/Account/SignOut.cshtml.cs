using Microsoft.AspNetCore.Identity;
using RoleMapper.Core.Accounts;

namespace RoleMapper.Web.Pages.Account;

/// <summary>/account/sign-out: POST only (with the form token), so another site cannot sign people out with a link.</summary>
public sealed class SignOutModel(SignInManager<CouncilUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
