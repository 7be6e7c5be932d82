using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using RoleMapper.Core.Accounts;

namespace RoleMapper.Web.Pages.Account;

/// <summary>
/// /account/sign-in. Wrong passwords count towards lockout. The return address is followed only when it is on this
/// site, so a crafted link cannot send someone elsewhere after they sign in.
/// </summary>
public sealed class SignInModel(UserManager<CouncilUser> users, SignInManager<CouncilUser> signIn) : PageModel
{
    public const string WrongDetails = "Enter a correct email address and password";

    [BindProperty] public SignInInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public sealed class SignInInput
    {
        [Required(ErrorMessage = "Enter your email address")]
        [StringLength(256)]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password")]
        [StringLength(128)]
        public string Password { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            ModelState.AddModelError("", $"This account is locked after too many wrong passwords. Try again in {(int)AccountRules.LockoutDuration.TotalMinutes} minutes.");
            return Page();
        }
        if (!result.Succeeded || user is null)
        {
            ModelState.AddModelError("Input.Email", WrongDetails);
            return Page();
        }
        if (!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl))
        {
            return LocalRedirect(ReturnUrl);
        }
        return LocalRedirect(user.OrganisationId is null ? "/sector" : "/council");
    }
}
